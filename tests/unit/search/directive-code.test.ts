import { describe, expect, it } from 'vitest';
import { citeKey, describeRef, findCodes, parseCode, selfKey, selfQuery } from '../../../src/lib/search/directive-code.ts';

const key = (q: string) => {
  const found = findCodes(q);
  expect(found, q).toHaveLength(1);
  return selfQuery(found[0]!);
};
/** The key a directive page holds, as the index writes it. */
const pageKey = (code: string) => selfKey(parseCode(code)!);

describe('directive codes', () => {
  it('reads every spelling of Quy định 08 as one document (the page key starts with the query key, as Pagefind matches)', () => {
    expect(pageKey('08-QĐi/TW')).toBe('vbqd8ztwz');
    for (const q of ['08-QĐi/TW', '08-QĐ/TW', '08-QĐi/TƯ', '08-Qđi', 'qđi 08', 'QĐ 08', 'quy định 08', 'quy dinh 08', 'Quy định số 08', '8-QĐi/TW', '08-QĐ/T.Ư', '08-QĐ/T.W']) {
      expect(pageKey('08-QĐi/TW').startsWith(key(q)), q).toBe(true);
    }
  });
  it('reads every spelling of Chỉ thị 05 as one document', () => {
    for (const q of ['05-CT/TW', '05/CT-TW', '05-CT/TƯ', '05/CT- TW', 'chỉ thị 05', 'chi thi 05', 'ct 05']) expect(pageKey('05-CT/TW').startsWith(key(q)), q).toBe(true);
  });
  it('keeps a Tỉnh ủy’s code apart from Trung ương’s', () => {
    expect(pageKey('05-CT/TU')).toBe('vbct5ztuz');
    expect(pageKey('05-CT/TW').startsWith(key('05-CT/TU'))).toBe(false);
    expect(pageKey('05-CT/TU').startsWith(key('05-CT/TƯ'))).toBe(false);
    // A code without its issuer may be either.
    expect(pageKey('05-CT/TU').startsWith(key('chỉ thị 05'))).toBe(true);
  });
  it('keeps the year and issuer of codes that have them', () => {
    expect(parseCode('157/2007/NĐ-CP')).toMatchObject({ kind: 'nd', number: '157', year: '2007', issuer: 'cp' });
    expect(parseCode('157/20007/NĐ-CP')).toMatchObject({ kind: 'nd', number: '157' });
    expect(parseCode('18-NQ/ĐUK')).toMatchObject({ kind: 'nq', number: '18', issuer: 'duk' });
  });
  it('closes keys so that a short number is not a prefix of a longer one', () => {
    expect(selfQuery({ kind: 'qd', number: '1' })).toBe('vbqd1z');
    expect('vbqd101ztwz'.startsWith(selfQuery({ kind: 'qd', number: '1' }))).toBe(false);
    // A code written without its issuer is closed too, so that a key asked with an issuer
    // the index lacks ("vbqd8zhuz") finds nothing rather than the issuer-less one.
    expect(selfKey({ kind: 'qd', number: '8' })).toBe('vbqd8zz');
    expect('vbqd8zhuz'.startsWith(selfKey({ kind: 'qd', number: '8' }))).toBe(false);
    expect(selfKey({ kind: 'qd', number: '8' }).startsWith(selfQuery({ kind: 'qd', number: '8' }))).toBe(true);
    expect(citeKey({ kind: 'ct', number: '5', issuer: 'tw' })).toBe('vcct5ztwz');
    // An issuer is closed too: HU is not the start of HUK.
    expect(selfKey({ kind: 'ct', number: '5', issuer: 'huk' }).startsWith(selfKey({ kind: 'ct', number: '5', issuer: 'hu' }))).toBe(false);
  });
  it('finds codes inside longer queries and says where they are', () => {
    const found = findCodes('quy định 101 nêu gương');
    expect(found).toEqual([expect.objectContaining({ kind: 'qd', number: '101', start: 0, end: 12 })]);
  });
  it('does not take dates, numbers or names for codes', () => {
    for (const q of ['20/7/2019', '7/6/2012', '2.500 việc', 'Bùi Thị Nụ', 'Nghị quyết TW4 khóa XII', 'khóa XII', 'nêu gương']) expect(findCodes(q), q).toEqual([]);
    expect(parseCode('Nghị quyết Trung ương 4 khóa XI')).toBeUndefined();
  });
  it('reads every spelling of a provincial Kế hoạch, Thông báo, Quyết định, Công văn, Chương trình, Báo cáo as one document', () => {
    const cases: [string, string[]][] = [
      ['45-KH/TU', ['45-KH/TU', '45/KH-TU', 'kế hoạch 45', 'ke hoach so 45', 'Kế hoạch số 45']],
      ['12-TB/TU', ['12-TB/TU', 'thông báo 12', 'thong bao so 12', 'tb 12']],
      ['123/QĐ-UBND', ['123/QĐ-UBND', '123/QD-UBND', 'quyết định 123', 'quyet dinh so 123']],
      ['15-CV/TU', ['15-CV/TU', 'công văn 15', 'cong van so 15']],
      ['05-CTr/TU', ['05-CTr/TU', '05-CTR/TU', 'chương trình 05', 'chuong trinh 5']],
      ['30-BC/TU', ['30-BC/TU', 'báo cáo 30', 'bao cao so 30']],
    ];
    for (const [code, queries] of cases) {
      for (const q of queries) expect(pageKey(code).startsWith(key(q)), `${code} ← ${q}`).toBe(true);
    }
    expect(pageKey('123/QĐ-UBND')).toBe('vbqdinh123zubndz');
    expect(describeRef(findCodes('quyết định 123')[0]!)).toBe('Quyết định 123');
    expect(describeRef(findCodes('chương trình 5')[0]!)).toBe('Chương trình 05');
  });
  it('keeps a Quyết định apart from the Quy định of the same number', () => {
    expect(pageKey('101-QĐ/TW').startsWith(key('quyết định 101'))).toBe(false);
    expect(pageKey('101/QĐ-UBND').startsWith(key('quy định 101'))).toBe(false);
    expect(pageKey('101/QĐ-UBND').startsWith(key('QĐ 101'))).toBe(false);
    expect(pageKey('101-QĐ/TW').startsWith(key('QĐ 101'))).toBe(true);
  });
});

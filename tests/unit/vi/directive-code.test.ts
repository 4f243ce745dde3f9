import { describe, expect, it } from 'vitest';
import { DirectiveIndex, codeKey, findCodes, parseCode } from '../../../src/lib/vi/directive-code.ts';
import { splitByCodes } from '../../../src/integrations/markdown/link-directive-codes.ts';

const written = (text: string) => findCodes(text, { spoken: false });

describe('directive codes', () => {
  it('finds codes in every spelling the press uses', () => {
    const text = 'Quy định 08-QĐi/TW, còn gọi 08-Qđi; Chỉ thị 05/CT-TW, 05-CT/TƯ và 05/CT- TW; Quy định 101- QĐ/TW; Nghị định 157/2007/NĐ-CP; Nghị quyết 18-NQ/ĐUK; 102-QĐ/T.Ư.';
    expect(written(text).map(codeKey)).toEqual(['qd-8-tw', 'qd-8', 'ct-5-tw', 'ct-5-tw', 'ct-5-tw', 'qd-101-tw', 'nd-157-cp', 'nq-18-duk', 'qd-102-tw']);
  });
  it('keeps the year of government decrees and the text and span as written', () => {
    const [c] = written('theo Nghị định 157/2007/NĐ-CP');
    expect(c).toMatchObject({ text: '157/2007/NĐ-CP', number: '157', year: '2007', kind: 'nd', issuer: 'cp', start: 15, end: 29, written: true });
  });
  it('finds spoken forms only when asked', () => {
    expect(findCodes('chỉ thị 05 và qđi 08').map(codeKey)).toEqual(['ct-5', 'qd-8']);
    expect(written('chỉ thị 05 và qđi 08')).toEqual([]);
  });
  it('does not take dates, numbers or words for codes', () => {
    expect(written('ngày 25/10/2018, 4.725 đảng viên, 98,6%, khóa XII, COVID-19')).toEqual([]);
    expect(written('x08-QĐ/TW')).toEqual([]);
  });
  it('parses a code written alone and rejects other text', () => {
    expect(parseCode('08-QĐi/TW')?.number).toBe('8');
    // A full stop after it ends the sentence: "102-QĐ/T.Ư." is still Trung ương's.
    expect(parseCode('102-QĐ/T.Ư.')).toMatchObject({ number: '102', issuer: 'tw', text: '102-QĐ/T.Ư' });
    expect(parseCode('Nghị quyết Trung ương 4 khóa XII')).toBeUndefined();
  });
  it('keeps every issuer as written: Trung ương in all its spellings, Tỉnh ủy, huyện ủy, đảng ủy … each its own', () => {
    const issuers = (text: string) => written(text).map((c) => c.issuer);
    expect(issuers('05-CT/TW, 05-CT/TƯ, 05-CT/T.Ư, 05-CT/T.W, 05/CT-TƯ')).toEqual(['tw', 'tw', 'tw', 'tw', 'tw']);
    expect(issuers('05-CT/TU, 86-KH/TU, 15-CT/TU, 35-QĐ/TU, 12-NQ/HU, 03-CT/ĐU, 18-NQ/ĐUK, 07-HD/BTGTU')).toEqual(['tu', 'tu', 'tu', 'tu', 'hu', 'du', 'duk', 'btgtu']);
    expect(codeKey(parseCode('86-KH/TU')!)).toBe('kh-86-tu');
    expect(findCodes('theo kế hoạch số 86').map(codeKey)).toEqual(['kh-86']);
    expect(codeKey(parseCode('05-CT/TU')!)).toBe('ct-5-tu');
    expect(codeKey(parseCode('05-CT/TƯ')!)).toBe('ct-5-tw');
  });

  it('never resolves a Tỉnh ủy’s code to Trung ương’s, and resolves none where two provinces share it', () => {
    const index = new DirectiveIndex([
      { id: 'chi-thi-05-ct-tw', code: '05-CT/TW', aliases: [] },
      { id: 'chi-thi-15-ct-tu-nghe-an', code: '15-CT/TU', aliases: [] },
      { id: 'chi-thi-15-ct-tu-ha-tinh', code: '15-CT/TU', aliases: [] },
      { id: 'nghi-quyet-12-nq-hu', code: '12-NQ/HU', aliases: [] },
    ]);
    const resolve = (s: string) => index.resolve(findCodes(s)[0]!);
    expect(resolve('05-CT/TU')).toBeUndefined();
    expect(resolve('05-CT/TƯ')).toBe('chi-thi-05-ct-tw');
    expect(resolve('15-CT/TU')).toBeUndefined();
    expect(resolve('12-NQ/HU')).toBe('nghi-quyet-12-nq-hu');
    expect(resolve('12-NQ/TU')).toBeUndefined();
  });

  it('links a code two provinces share to the story’s own province’s, and to none when the province is unknown', () => {
    const index = new DirectiveIndex([
      { id: 'chi-thi-15-ct-tu-nghe-an', code: '15-CT/TU', aliases: [], province: 'Nghệ An' },
      { id: 'chi-thi-15-ct-tu-ha-tinh', code: '15-CT/TU', aliases: [], province: 'Hà Tĩnh' },
    ]);
    const code = findCodes('15-CT/TU')[0]!;
    expect(index.resolve(code, 'Nghệ An')).toBe('chi-thi-15-ct-tu-nghe-an');
    expect(index.resolve(code, 'Nghệ An'.normalize('NFD'))).toBe('chi-thi-15-ct-tu-nghe-an');
    expect(index.resolve(code, 'Hà Tĩnh')).toBe('chi-thi-15-ct-tu-ha-tinh');
    expect(index.resolve(code, 'Nam Định')).toBeUndefined();
    expect(index.resolve(code)).toBeUndefined();
    const parts = splitByCodes('Thực hiện Chỉ thị 15-CT/TU của Tỉnh ủy.', index, (id) => `/van-ban/${id}/`, 'Hà Tĩnh');
    expect(parts?.find((p) => p.type === 'element')).toMatchObject({ tagName: 'a', properties: { href: '/van-ban/chi-thi-15-ct-tu-ha-tinh/' } });
    expect(splitByCodes('Thực hiện Chỉ thị 15-CT/TU.', index, (id) => id)).toBeUndefined();
  });

  it('resolves any spelling to the directive it names', () => {
    const index = new DirectiveIndex([
      { id: 'quy-dinh-08-qdi-tw', code: '08-QĐi/TW', aliases: ['08-QĐ/TW'] },
      { id: 'chi-thi-05-ct-tw', code: '05-CT/TW', aliases: ['05/CT-TW'] },
      { id: 'quy-dinh-101-qd-tw', code: '101-QĐ/TW', aliases: [] },
    ]);
    const resolve = (s: string) => index.resolve(findCodes(s)[0]!);
    expect(resolve('08-QĐ/TƯ')).toBe('quy-dinh-08-qdi-tw');
    expect(resolve('08-Qđi')).toBe('quy-dinh-08-qdi-tw');
    expect(resolve('05-CT/TƯ')).toBe('chi-thi-05-ct-tw');
    expect(resolve('101- QĐ/TW')).toBe('quy-dinh-101-qd-tw');
    expect(resolve('quy định 101')).toBe('quy-dinh-101-qd-tw');
    expect(resolve('55-QĐ/TW')).toBeUndefined();
  });
});

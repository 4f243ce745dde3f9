import { describe, expect, it } from 'vitest';
import { DirectiveIndex, KIND_LABELS, codeKey, findCodes, parseCode, qdKind } from '../../../src/lib/vi/directive-code.ts';
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

  it('reads the kinds a provincial site publishes weekly: Kế hoạch, Thông báo, Quyết định, Công văn, Chương trình, Báo cáo', () => {
    const text = 'Kế hoạch 45-KH/TU, 123/KH-UBND; Thông báo 12-TB/TU; Quyết định 1234/QĐ-UBND; Công văn 15-CV/TU; Chương trình 05-CTr/TU; Báo cáo 30-BC/TU.';
    expect(written(text).map(codeKey)).toEqual(['kh-45-tu', 'kh-123-ubnd', 'tb-12-tu', 'qdinh-1234-ubnd', 'cv-15-tu', 'ctr-5-tu', 'bc-30-tu']);
    expect(findCodes('theo kế hoạch số 45 và thông báo 12').map(codeKey)).toEqual(['kh-45', 'tb-12']);
    expect(findCodes('quyết định 123, công văn số 15, chương trình 05, báo cáo số 30, quyet dinh 7').map(codeKey)).toEqual(['qdinh-123', 'cv-15', 'ctr-5', 'bc-30', 'qdinh-7']);
    expect(KIND_LABELS.qdinh).toBe('Quyết định');
    expect(KIND_LABELS.ctr).toBe('Chương trình');
  });
  it('takes a year after an everyday kind name for a year, not a number, unless "số" says so', () => {
    expect(findCodes('kế hoạch 2024, báo cáo 2023, chương trình 2025')).toEqual([]);
    expect(findCodes('báo cáo số 2023').map(codeKey)).toEqual(['bc-2023']);
  });
  it('reads QĐ as Quy định in the Party’s codes and as Quyết định in the State’s', () => {
    const kinds = (text: string) => written(text).map((c) => c.kind);
    // Party: number-QĐ/issuer, or QĐi anywhere.
    expect(kinds('08-QĐi/TW, 101-QĐ/TW, 35-QĐ/TU, 08-QĐ/TƯ, 08-Qđi')).toEqual(['qd', 'qd', 'qd', 'qd', 'qd']);
    // State: number/QĐ-issuer, with or without the year.
    expect(kinds('123/QĐ-UBND, 1234/QĐ-TTg, 15/2020/QĐ-UBND, 456/QĐ')).toEqual(['qdinh', 'qdinh', 'qdinh', 'qdinh']);
    // The State's spelling with a Party issuer is a misspelt Party code.
    expect(kinds('08/QĐ-TW, 35/QĐ-TU, 12/QĐ-ĐUK')).toEqual(['qd', 'qd', 'qd']);
    expect(qdKind('QĐi', '/', 'ubnd')).toBe('qd');
    expect(qdKind('QĐ', '/', undefined)).toBe('qdinh');
    expect(qdKind('QĐ', '-', 'ubnd')).toBe('qd');
  });
  it('keeps a Quyết định apart from the Quy định of the same number', () => {
    const index = new DirectiveIndex([
      { id: 'quy-dinh-101-qd-tw', code: '101-QĐ/TW', aliases: [] },
      { id: 'quyet-dinh-101-qd-ubnd', code: '101/QĐ-UBND', aliases: [], province: 'Nghệ An' },
      { id: 'ke-hoach-45-kh-tu', code: '45-KH/TU', aliases: [], province: 'Nghệ An' },
    ]);
    const resolve = (s: string) => index.resolve(findCodes(s)[0]!);
    expect(resolve('101-QĐ/TW')).toBe('quy-dinh-101-qd-tw');
    expect(resolve('101/QĐ-UBND')).toBe('quyet-dinh-101-qd-ubnd');
    expect(resolve('quyết định 101')).toBe('quyet-dinh-101-qd-ubnd');
    expect(resolve('quy định 101')).toBe('quy-dinh-101-qd-tw');
    expect(resolve('kế hoạch số 45')).toBe('ke-hoach-45-kh-tu');
    const parts = splitByCodes('Thực hiện Kế hoạch 45-KH/TU và Quyết định 101/QĐ-UBND.', index, (id) => `/van-ban/${id}/`);
    expect(parts?.filter((p) => p.type === 'element')).toMatchObject([
      { properties: { href: '/van-ban/ke-hoach-45-kh-tu/' } },
      { properties: { href: '/van-ban/quyet-dinh-101-qd-ubnd/' } },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { DirectiveIndex, codeKey, findDirectiveCodes, parseDirectiveCode } from '../../../src/lib/vi/directive-code.ts';

describe('directive codes', () => {
  it('finds codes in every spelling the press uses', () => {
    const text = 'Quy định 08-QĐi/TW, còn gọi 08-Qđi; Chỉ thị 05/CT-TW, 05-CT/TƯ và 05/CT- TW; Quy định 101- QĐ/TW; Nghị định 157/2007/NĐ-CP; Nghị quyết 18-NQ/ĐUK; 102-QĐ/T.Ư.';
    expect(findDirectiveCodes(text).map(codeKey)).toEqual(['08-qd-tw', '08-qd', '05-ct-tw', '05-ct-tw', '05-ct-tw', '101-qd-tw', '157-nd-cp', '18-nq-duk', '102-qd-tw']);
  });
  it('keeps the year of government decrees and the raw text and position', () => {
    const [c] = findDirectiveCodes('theo Nghị định 157/2007/NĐ-CP');
    expect(c).toMatchObject({ raw: '157/2007/NĐ-CP', number: '157', year: '2007', type: 'nd', issuer: 'cp', index: 15 });
  });
  it('does not take dates, numbers or words for codes', () => {
    expect(findDirectiveCodes('ngày 25/10/2018, 4.725 đảng viên, 98,6%, khóa XII, COVID-19')).toEqual([]);
    expect(findDirectiveCodes('x08-QĐ/TW')).toEqual([]);
  });
  it('parses a code written alone and rejects other text', () => {
    expect(parseDirectiveCode('08-QĐi/TW')?.number).toBe('08');
    expect(parseDirectiveCode('Nghị quyết Trung ương 4 khóa XII')).toBeUndefined();
  });
  it('resolves any spelling to the directive it names', () => {
    const index = new DirectiveIndex([
      { id: 'quy-dinh-08-qdi-tw', code: '08-QĐi/TW', aliases: ['08-QĐ/TW'] },
      { id: 'chi-thi-05-ct-tw', code: '05-CT/TW', aliases: ['05/CT-TW'] },
      { id: 'quy-dinh-101-qd-tw', code: '101-QĐ/TW', aliases: [] },
    ]);
    const resolve = (s: string) => index.resolve(findDirectiveCodes(s)[0]!);
    expect(resolve('08-QĐ/TƯ')).toBe('quy-dinh-08-qdi-tw');
    expect(resolve('08-Qđi')).toBe('quy-dinh-08-qdi-tw');
    expect(resolve('05-CT/TƯ')).toBe('chi-thi-05-ct-tw');
    expect(resolve('101- QĐ/TW')).toBe('quy-dinh-101-qd-tw');
    expect(resolve('55-QĐ/TW')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeQuery, parseQuery, understood } from '../../../src/lib/search/query.ts';

const forms = (q: string) => parseQuery(q).slots.map((s) => s.forms.map((f) => f.term));

describe('query parsing', () => {
  it('normalises to NFC and straight quotes', () => {
    expect(normalizeQuery('Nguye\u0302\u0303n  ')).toBe('Nguyễn');
    expect(normalizeQuery('“nêu gương”')).toBe('"nêu gương"');
    expect(parseQuery('“nêu gương”').phrase).toBe(true);
    expect(parseQuery('‘nêu’ gương').phrase).toBe(false);
  });
  it('gives NFD and NFC input the same forms', () => {
    expect(forms('Bu\u0300i Thi\u0323 Nu\u0323')).toEqual(forms('Bùi Thị Nụ'));
  });
  it('looks up đ for an unaccented leading d, and nothing else for accented words', () => {
    expect(forms('dao duc toan')).toEqual([['dao', 'đao'], ['duc', 'đuc'], ['toan']]);
    expect(forms('Đào Đức')).toEqual([['đào'], ['đức']]);
    expect(parseQuery('Đào').slots[0]!.accented).toBe(true);
  });
  it('adds decoded Telex and VNI forms and keeps what was typed', () => {
    expect(forms('neeu guwowng')).toEqual([['neeu', 'nêu'], ['guwowng', 'gương']]);
    expect(forms('bu2i')).toEqual([['bu2i', 'bùi']]);
    expect(understood(parseQuery('buif thij nuj'))).toBe('bùi thị nụ');
  });
  it('turns a directive code into one slot with its index keys', () => {
    const q = parseQuery('quy định 08 nêu gương');
    expect(q.slots.map((s) => s.kind)).toEqual(['code', 'word', 'word']);
    expect(q.slots[0]!.forms.map((f) => f.term)).toEqual(['vbqd8z', 'vcqd8z']);
    expect(understood(q)).toBe('Quy định 08 nêu gương');
  });
  it('drops punctuation the way Pagefind does', () => {
    expect(forms('cán bộ, đảng viên!')).toEqual([['cán'], ['bộ'], ['đảng'], ['viên']]);
  });
});

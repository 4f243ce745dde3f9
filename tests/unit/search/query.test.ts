import { describe, expect, it } from 'vitest';
import { MAX_SLOTS, normalizeQuery, parseQuery, understood } from '../../../src/lib/search/query.ts';
import { MAX_QUERY_CHARS } from '../../../src/lib/search/limits.ts';

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
    expect(forms('neeu guwowng')).toEqual([
      ['neeu', 'nêu'],
      ['guwowng', 'gương'],
    ]);
    expect(forms('bu2i')).toEqual([['bu2i', 'bùi']]);
    expect(understood(parseQuery('buif thij nuj'))).toBe('bùi thị nụ');
  });
  it('turns a directive code into one slot with its index keys', () => {
    const q = parseQuery('quy định 08 nêu gương');
    expect(q.slots.map((s) => s.kind)).toEqual(['code', 'word', 'word']);
    expect(q.slots[0]!.forms.map((f) => f.term)).toEqual(['vbqd8z', 'vcqd8z']);
    expect(understood(q)).toBe('Quy định 08 nêu gương');
  });
  it('asks a bare "QĐ 123" as a Quy định or a Quyết định, and a named kind as itself', () => {
    expect(forms('QĐ 123')).toEqual([['vbqd123z', 'vcqd123z', 'vbqdinh123z', 'vcqdinh123z']]);
    expect(forms('quyết định 123')).toEqual([['vbqdinh123z', 'vcqdinh123z']]);
    expect(forms('qđi 08')).toEqual([['vbqd8z', 'vcqd8z']]);
    expect(forms('kế hoạch số 45 tu')).toEqual([['vbkh45ztwz', 'vckh45ztwz', 'vbkh45ztuz', 'vckh45ztuz']]);
  });
  it('drops punctuation the way Pagefind does', () => {
    expect(forms('cán bộ, đảng viên!')).toEqual([['cán'], ['bộ'], ['đảng'], ['viên']]);
  });
  it('searches the first 12 words and says which were left out', () => {
    const q = parseQuery('một hai ba bốn năm sáu bảy tám chín mười mươi-một mười-hai, mười-ba');
    expect(MAX_SLOTS).toBe(12);
    expect(q.slots).toHaveLength(MAX_SLOTS);
    expect(q.text).toBe('một hai ba bốn năm sáu bảy tám chín mười mươi-một');
    expect(q.cut).toEqual({ limit: 'words', dropped: 'mười-hai, mười-ba' });
    expect(understood(q)).toBe('một hai ba bốn năm sáu bảy tám chín mười mươi một');
    // A directive code is one word.
    const code = parseQuery('chỉ thị 05 a b c d e f g h i j k l');
    expect(code.slots.map((s) => s.text).slice(0, 2)).toEqual(['chỉ thị 05', 'a']);
    expect(code.cut?.dropped).toBe('l');
    expect(parseQuery('một hai ba').cut).toBeUndefined();
  });
  it('searches at most 200 characters', () => {
    const long = `${'nghiêng'.repeat(30)} nêu gương`;
    const q = parseQuery(long);
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(q.slots).toHaveLength(1);
    expect(q.cut?.limit).toBe('chars');
    expect(q.cut?.dropped).toMatch(/nghiêng nêu gương$/);
    // Punctuation past the limit is nothing left out.
    expect(parseQuery(`${'a'.repeat(199)} !!!`).cut).toBeUndefined();
    // Words past both limits: the first 12 are searched.
    const many = parseQuery(Array.from({ length: 100 }, (_, i) => `từ${i}`).join(' '));
    expect(many.slots.map((s) => s.text)).toEqual(Array.from({ length: 12 }, (_, i) => `từ${i}`));
    expect(many.cut).toMatchObject({ limit: 'words' });
    expect(many.cut!.dropped).toMatch(/^từ12 từ13 /);
    // A phrase stays a phrase.
    const phrase = parseQuery(`"${'a '.repeat(20)}"`);
    expect(phrase.phrase).toBe(true);
    expect(phrase.text).toBe(`"${'a '.repeat(12).trim()}"`);
  });
  it('reads only the start of a huge paste', () => {
    const started = performance.now();
    const q = parseQuery('gương '.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(500);
    expect(q.slots).toHaveLength(12);
    expect(q.cut!.dropped.length).toBeLessThanOrEqual(8 * MAX_QUERY_CHARS);
  });
});

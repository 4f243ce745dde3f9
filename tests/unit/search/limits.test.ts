import { describe, expect, it } from 'vitest';
import { clipChars, limitNote, MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../../../src/lib/search/limits.ts';

describe('query limits', () => {
  it('leaves a text within the limit alone', () => {
    expect(clipChars('nêu gương')).toEqual({ kept: 'nêu gương', rest: '' });
    expect(clipChars('x'.repeat(MAX_QUERY_CHARS)).kept).toHaveLength(MAX_QUERY_CHARS);
  });
  it('cuts a longer text between words, or inside one giant word', () => {
    expect(clipChars('một hai ba bốn', 9)).toEqual({ kept: 'một hai', rest: 'ba bốn' });
    expect(clipChars('một hai ba bốn', 7)).toEqual({ kept: 'một hai', rest: 'ba bốn' });
    expect(clipChars('abcdefghij', 4)).toEqual({ kept: 'abcd', rest: 'efghij' });
  });
  it('never cuts inside a surrogate pair', () => {
    const { kept } = clipChars('ab😀cd', 3);
    expect(kept).toBe('ab');
    expect(encodeURIComponent(kept)).toBe('ab');
  });
  it('says in Vietnamese which words were not searched', () => {
    expect(limitNote({ limit: 'words', dropped: 'mười ba' })).toBe(`Chỉ tìm theo ${MAX_QUERY_WORDS} từ đầu; bỏ qua: “mười ba”.`);
    expect(limitNote({ limit: 'chars', dropped: 'xyz' })).toBe(`Chỉ tìm theo ${MAX_QUERY_CHARS} ký tự đầu; bỏ qua: “xyz”.`);
    // A pasted paragraph: the note quotes its start.
    const note = limitNote({ limit: 'words', dropped: 'gương '.repeat(500).trim() });
    expect(note.length).toBeLessThan(140);
    expect(note).toMatch(/gương…”\.$/);
  });
});

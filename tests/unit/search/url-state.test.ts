import { describe, expect, it } from 'vitest';
import { MAX_STATE_LENGTH, pagefindFilters, readState, writeState } from '../../../src/lib/search/url-state.ts';
import { MAX_QUERY_CHARS } from '../../../src/lib/search/limits.ts';

describe('search state in the URL', () => {
  it('reads the query, filters and sort, in NFC', () => {
    const s = readState(new URLSearchParams('q=Bu%CC%80i+Thi%CC%A3&loai=V%C4%83n+b%E1%BA%A3n&nam=2021&sap-xep=moi-nhat'));
    expect(s).toEqual({ q: 'Bùi Thị', filters: { type: 'Văn bản', year: '2021' }, sort: 'date' });
    expect(pagefindFilters(s)).toEqual({ type: 'Văn bản', year: '2021' });
  });
  it('writes back only what is set, so URLs stay short and shareable', () => {
    expect(writeState({ q: ' dao duc toan ', filters: { type: '' }, sort: 'relevance' }).toString()).toBe('q=dao+duc+toan');
    expect(writeState({ q: 'x', filters: { province: 'Nam Định' }, sort: 'date' }).toString()).toBe('q=x&tinh=Nam+%C4%90%E1%BB%8Bnh&sap-xep=moi-nhat');
    expect(pagefindFilters(readState(new URLSearchParams('q=x')))).toBeUndefined();
  });
  it('round-trips', () => {
    const s = { q: 'chỉ thị 05', filters: { directive: '05-CT/TW', tag: 'nêu gương' }, sort: 'relevance' as const };
    expect(readState(writeState(s))).toEqual(s);
  });
  it('keeps the URL under 2 kB however long the query and filters', () => {
    for (const q of ['ễ'.repeat(5000), `${'Nguyễn Thị '.repeat(500)}`, '😀'.repeat(3000), 'x'.repeat(100_000)]) {
      const filters = { type: 'Văn bản', section: 'ễ'.repeat(100), province: 'Nam Định', tag: 'ữ'.repeat(110), directive: '05-CT/TW', year: '2021' };
      const written = writeState({ q, filters, sort: 'date' });
      expect(written.toString().length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
      expect(`/tim-kiem/?${written}`.length).toBeLessThan(2048);
      const back = readState(written);
      expect(back.q.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
      expect(q.startsWith(back.q) || q.replace(/\s+/g, ' ').startsWith(back.q)).toBe(true);
      expect(back.sort).toBe('date');
      expect(back.filters.type).toBe('Văn bản');
    }
    // A value no form offers is not written.
    expect(writeState({ q: 'x', filters: { tag: 'a'.repeat(5000) }, sort: 'relevance' }).toString()).toBe('q=x');
  });
});

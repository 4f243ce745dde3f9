import { describe, expect, it } from 'vitest';
import { pagefindFilters, readState, writeState } from '../../../src/lib/search/url-state.ts';

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
});

import { describe, expect, it } from 'vitest';
import { hasPhrase, minWindow, proximityOf, rank } from '../../../src/lib/search/rank.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import type { PagefindResponse, PagefindResult } from '../../../src/lib/search/pagefind-types.ts';

const result = (id: string, words: number[], score = 1, matchedMetaFields?: string[]): PagefindResult => ({
  id, score, words, ...(matchedMetaFields ? { matchedMetaFields } : {}), data: async () => ({ url: `/${id}/`, content: '', word_count: 0, filters: {}, meta: {}, excerpt: '' }),
});
const response = (...results: PagefindResult[]): PagefindResponse => ({ results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} });

describe('proximity', () => {
  it('measures the smallest window holding every word', () => {
    expect(minWindow([[1, 50], [52], [10, 53]])).toBe(4);
    expect(hasPhrase([[4, 9], [10], [11]])).toBe(true);
    expect(hasPhrase([[4], [6], [5]])).toBe(false);
    expect(proximityOf([[4], [5], [6]])).toBe(1);
    expect(proximityOf([[4], [6], [5]])).toBeLessThan(1);
    expect(proximityOf([[4], [40]])).toBeLessThan(0.1);
  });
});

describe('ranking', () => {
  it('puts a contiguous phrase above scattered words with higher Pagefind scores', () => {
    const q = parseQuery('Bùi Thị Nụ');
    const ranking = rank(q, new Map([
      ['bùi', response(result('scattered', [3], 5), result('phrase', [20], 1))],
      ['thị', response(result('scattered', [40, 90], 5), result('phrase', [21], 1))],
      ['nụ', response(result('scattered', [200], 5), result('phrase', [22], 1))],
    ]));
    expect(ranking.pages.map((p) => p.id)).toEqual(['phrase', 'scattered']);
    expect(ranking.pages[0]!.proximity).toBe(1);
  });
  it('puts the page whose title or names hold every word first', () => {
    const q = parseQuery('Bùi Thị Nụ');
    const ranking = rank(q, new Map([
      ['bùi', response(result('article', [20], 3), result('profile', [9], 1, ['title', 'aka']))],
      ['thị', response(result('article', [21], 3), result('profile', [10], 1, ['title', 'aka']))],
      ['nụ', response(result('article', [22], 3), result('profile', [11], 1, ['title', 'aka']))],
    ]));
    expect(ranking.pages[0]!.id).toBe('profile');
    expect(ranking.pages[0]!.isNamed).toBe(true);
  });
  it('ranks pages with every word above pages with some, and reports words nothing matches', () => {
    const q = parseQuery('dao duc toan xyzabc');
    const ranking = rank(q, new Map([
      ['dao', response()], ['đao', response(result('both', [5]), result('one', [8]))],
      ['duc', response()], ['đuc', response(result('both', [6]))],
      ['toan', response(result('both', [7]), result('one', [1]))],
      ['xyzabc', response()],
    ]));
    expect(ranking.missing.map((s) => s.text)).toEqual(['xyzabc']);
    expect(ranking.pages.map((p) => [p.id, p.matched.length])).toEqual([["both", 3]]);
    expect(ranking.partial).toBe(false);
  });
  it('pins the page of a directive whose code is in the query', () => {
    const q = parseQuery('05/CT-TW');
    const ranking = rank(q, new Map([
      ['vbct5z', response(result('directive', [], 0.9, ['k']))],
      ['vcct5z', response(result('citing', [], 3, ['k']), result('other', [], 2, ['k']))],
    ]));
    expect(ranking.pages[0]!.id).toBe('directive');
    expect(ranking.pages[0]!.pinned).toBe(true);
  });
  it('keeps only exact phrases for a quoted query', () => {
    const q = parseQuery('"nêu gương"');
    const ranking = rank(q, new Map([
      ['nêu', response(result('a', [3]), result('b', [3]))],
      ['gương', response(result('a', [4]), result('b', [9]))],
    ]));
    expect(ranking.pages.map((p) => p.id)).toEqual(['a']);
  });
  it('orders by date when asked, still all-words first', () => {
    const q = parseQuery('nêu gương');
    const ranking = rank(q, new Map([
      ['nêu', response(result('old', [1], 9), result('new', [5]), result('partial', [1]))],
      ['gương', response(result('old', [2], 9), result('new', [70]))],
    ]), 'date', new Map([['partial', 0], ['new', 1], ['old', 2]]));
    expect(ranking.pages.map((p) => p.id)).toEqual(['new', 'old']);
  });
});

describe('ranking when no page has every word', () => {
  it('shows the pages with the most words and says so', () => {
    const q = parseQuery('khâm thiên nghệ');
    const ranking = rank(q, new Map([
      ['khâm', response(result('a', [1]))],
      ['thiên', response(result('a', [2]), result('b', [7]))],
      ['nghệ', response(result('b', [9]))],
    ]));
    expect(ranking.partial).toBe(true);
    expect(ranking.missing).toEqual([]);
    expect(ranking.pages.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(ranking.pages[0]!.id).toBe('a'); // the two words it has stand together
  });
});

import { describe, expect, it } from 'vitest';
import { hasPhrase, longestRun, minWindow, positionsByWord, proximityOf, rank, rankTogether } from '../../../src/lib/search/rank.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import type { PagefindResponse, PagefindResult } from '../../../src/lib/search/pagefind-types.ts';

const result = (id: string, words: number[], score = 1, matchedMetaFields?: string[]): PagefindResult => ({
  id,
  score,
  words,
  ...(matchedMetaFields ? { matchedMetaFields } : {}),
  data: async () => ({ url: `/${id}/`, content: '', word_count: 0, filters: {}, meta: {}, excerpt: '' }),
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
    const ranking = rank(
      q,
      new Map([
        ['bùi', response(result('scattered', [3], 5), result('phrase', [20], 1))],
        ['thị', response(result('scattered', [40, 90], 5), result('phrase', [21], 1))],
        ['nụ', response(result('scattered', [200], 5), result('phrase', [22], 1))],
      ]),
    );
    expect(ranking.pages.map((p) => p.id)).toEqual(['phrase', 'scattered']);
    expect(ranking.pages[0]!.proximity).toBe(1);
  });
  it('puts the page whose title or names hold every word first', () => {
    const q = parseQuery('Bùi Thị Nụ');
    const ranking = rank(
      q,
      new Map([
        ['bùi', response(result('article', [20], 3), result('profile', [9], 1, ['title', 'aka']))],
        ['thị', response(result('article', [21], 3), result('profile', [10], 1, ['title', 'aka']))],
        ['nụ', response(result('article', [22], 3), result('profile', [11], 1, ['title', 'aka']))],
      ]),
    );
    expect(ranking.pages[0]!.id).toBe('profile');
    expect(ranking.pages[0]!.isNamed).toBe(true);
  });
  it('ranks pages with every word above pages with some, and reports words nothing matches', () => {
    const q = parseQuery('dao duc toan xyzabc');
    const ranking = rank(
      q,
      new Map([
        ['dao', response()],
        ['đao', response(result('both', [5]), result('one', [8]))],
        ['duc', response()],
        ['đuc', response(result('both', [6]))],
        ['toan', response(result('both', [7]), result('one', [1]))],
        ['xyzabc', response()],
      ]),
    );
    expect(ranking.missing.map((s) => s.text)).toEqual(['xyzabc']);
    expect(ranking.pages.map((p) => [p.id, p.matched.length])).toEqual([['both', 3]]);
    expect(ranking.partial).toBe(false);
  });
  it('pins the page of a directive whose code is in the query', () => {
    const q = parseQuery('05/CT-TW');
    const ranking = rank(
      q,
      new Map([
        ['vbct5ztwz', response(result('directive', [], 0.9, ['k']))],
        ['vcct5ztwz', response(result('citing', [], 3, ['k']), result('other', [], 2, ['k']))],
      ]),
    );
    expect(ranking.pages[0]!.id).toBe('directive');
    expect(ranking.pages[0]!.pinned).toBe(true);
  });
  it('keeps only exact phrases for a quoted query', () => {
    const q = parseQuery('"nêu gương"');
    const ranking = rank(
      q,
      new Map([
        ['nêu', response(result('a', [3]), result('b', [3]))],
        ['gương', response(result('a', [4]), result('b', [9]))],
      ]),
    );
    expect(ranking.pages.map((p) => p.id)).toEqual(['a']);
  });
  it('orders by date when asked, still all-words first', () => {
    const q = parseQuery('nêu gương');
    const ranking = rank(
      q,
      new Map([
        ['nêu', response(result('old', [1], 9), result('new', [5]), result('partial', [1]))],
        ['gương', response(result('old', [2], 9), result('new', [70]))],
      ]),
      'date',
      new Map([
        ['partial', 0],
        ['new', 1],
        ['old', 2],
      ]),
    );
    expect(ranking.pages.map((p) => p.id)).toEqual(['new', 'old']);
  });
});

describe('ranking when no page has every word', () => {
  it('shows the pages with the most words and says so', () => {
    const q = parseQuery('khâm thiên nghệ');
    const ranking = rank(
      q,
      new Map([
        ['khâm', response(result('a', [1]))],
        ['thiên', response(result('a', [2]), result('b', [7]))],
        ['nghệ', response(result('b', [9]))],
      ]),
    );
    expect(ranking.partial).toBe(true);
    expect(ranking.missing).toEqual([]);
    expect(ranking.pages.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(ranking.pages[0]!.id).toBe('a'); // the two words it has stand together
  });
});

describe('ranking the answer to all the words together', () => {
  it('tells the positions of the words apart with the page text, as Pagefind matched them (đ is not d)', () => {
    const q = parseQuery('dao duc');
    // "dao" has the forms dao and đao; "duc" has duc and đuc.
    expect(positionsByWord(q, [0, 1, 3, 4], 'Đào Đức và dao dục')).toEqual([
      [0, 3],
      [1, 4],
    ]);
    expect(positionsByWord(parseQuery('den on'), [0, 1], 'Đền ơn')).toEqual([[0], [1]]);
    expect(positionsByWord(parseQuery('Đền ơn'), [0, 1], 'Đen ơn')).toEqual([[0], [1]]);
  });

  it('estimates from below, then ranks the pages whose text is given on the words themselves', () => {
    const q = parseQuery('Bùi Thị Nụ');
    // Pagefind's answer for "bùi thị nụ": every page has every word, positions not told apart.
    const together = response(
      result('chi-thi', [3, 40, 200], 9, ['title']), // "Chỉ thị …" in the title, the name's words scattered
      result('profile', [9, 10, 11], 2, ['title', 'aka']),
    );
    const estimated = rankTogether(q, [together]);
    expect(estimated.pages.every((p) => !p.wordsApart)).toBe(true);
    expect(estimated.missing).toEqual([]);
    expect(estimated.partial).toBe(false);
    const texts = new Map([
      ['chi-thi', { content: `${'x '.repeat(3)}Bùi ${'x '.repeat(36)}thị ${'x '.repeat(159)}nữ`, title: 'Chỉ thị 05 trong đời sống', names: '' }],
      ['profile', { content: `${'x '.repeat(9)}Bùi Thị Nụ`, title: 'Bà Bùi Thị Nụ', names: 'Bùi Thị Nụ' }],
    ]);
    const refined = estimated.refine(texts);
    expect(refined.pages.map((p) => p.id)).toEqual(['profile', 'chi-thi']);
    const [profile, chiThi] = refined.pages;
    expect([profile!.inTitle, profile!.isNamed, profile!.proximity]).toEqual([true, true, 1]);
    expect(profile!.positions).toEqual([[9], [10], [11]]);
    expect(profile!.wordsApart).toBe(true);
    expect(chiThi!.inTitle).toBe(false);
    // An exact score is never below the page's estimate.
    for (const p of refined.pages) expect(p.score).toBeGreaterThanOrEqual(estimated.pages.find((e) => e.id === p.id)!.score);
  });

  it('joins the answers of several combinations of forms ("dao duc" as dao/đao × duc/đuc)', () => {
    const q = parseQuery('dao duc');
    const ranking = rankTogether(q, [response(result('a', [4, 5], 3)), response(result('b', [7, 30], 1), result('a', [4, 5], 3))]);
    expect(ranking.pages.map((p) => p.id)).toEqual(['a', 'b']);
    expect(ranking.pages[0]!.matched).toEqual([0, 1]);
  });

  it('also loads the likeliest phrases far down the bounds, and ranks them on their text', () => {
    expect(longestRun([3, 9, 10, 11, 40])).toBe(3);
    expect(longestRun([])).toBe(0);
    const q = parseQuery('Chu Minh Tú');
    // Thirty pages Pagefind scores higher, the words scattered; the phrase on a low-scored page.
    const others = Array.from({ length: 30 }, (_, i) => result(`p${i}`, [i, 50 + i, 100 + i], 20 - i / 10, ['title']));
    const estimated = rankTogether(q, [response(...others, result('phrase', [5, 6, 7], 1))]);
    expect(estimated.pages.findIndex((p) => p.id === 'phrase')).toBeGreaterThan(9);
    const load = estimated.candidates(10).map((p) => p.id);
    expect(load.slice(0, 10)).toEqual(estimated.pages.slice(0, 10).map((p) => p.id));
    expect(load).toContain('phrase');
    const texts = new Map(
      load.map((id) => [
        id,
        id === 'phrase'
          ? { content: `${'x '.repeat(5)}Chu Minh Tú`, title: 'Đồng chí Chu Minh Tú', names: 'Chu Minh Tú' }
          : { content: `${'chủ '.repeat(3)}`, title: 'Tin khác', names: '' },
      ]),
    );
    expect(estimated.refine(texts).pages[0]!.id).toBe('phrase');
  });
  it('loads, beyond the first results, only pages holding all the words in a row', () => {
    const q = parseQuery('Chu Minh Tú');
    const others = Array.from({ length: 30 }, (_, i) => result(`p${i}`, [i, 50 + i, 100 + i], 20 - i / 10));
    // Low-scored pages: two with "Chu Minh" (a run of two of the three words), one with all three in a row.
    const estimated = rankTogether(q, [response(...others, result('half-1', [5, 6, 40], 1), result('half-2', [8, 9, 70], 1), result('whole', [20, 21, 22], 0.5))]);
    const load = estimated.candidates(10).map((p) => p.id);
    expect(load).toContain('whole');
    expect(load).not.toContain('half-1');
    expect(load).not.toContain('half-2');
    expect(load).toHaveLength(11);
  });
});

/**
 * The full-text ranker over answers to all the query's words asked together (one
 * answer per combination of their forms). Pure.
 */
import type { ParsedQuery } from './query.ts';
import type { PagefindResponse } from './pagefind-types.ts';
import { pagefindCore, splitWords } from './excerpt.ts';
import {
  type SortMode,
  type RankedPage,
  type Ranking,
  proximityOf,
  TITLE_FIELDS,
  W,
  textScore,
  dateScore,
  byScore,
  PROXIMITY_POOL,
  bits,
  sortedUnique,
  longestRun,
  positionsByWord,
  type PageText,
  Acc,
  Ranked,
} from './rank-scoring.ts';

/**
 * Ranks the answers to queries of all the words together (one query per
 * combination of the words' forms, each known to hold every word): every page
 * has every word, so no per-word answers are needed. Pagefind does not say which
 * of its matched positions and fields belong to which word, so without a page's
 * text the title, name and proximity terms are bounds from below (one word in the
 * title when a title field matched, none in the names, no proximity); pages whose
 * text is then given (`refine`, with the first results, loaded anyway to be shown)
 * get the exact terms of `rank`. An exact term is never below its bound, so sorting
 * exact scores and bounds together never puts a page above one that surely beats it.
 * Kept whole: the bounds, the sort and `refine` share one closure over the answers.
 */
export function rankTogether(
  query: ParsedQuery,
  responses: readonly PagefindResponse[],
  mode: SortMode = 'relevance',
  dateRank?: ReadonlyMap<string, number>,
): Ranking & { candidates(count: number): RankedPage[]; refine(texts: ReadonlyMap<string, PageText>): Ranking } {
  const slots = query.slots;
  const n = slots.length;
  const all = (1 << n) - 1;
  const pages = new Map<string, Acc>();
  for (const response of responses) {
    for (const r of response.results) {
      let acc = pages.get(r.id);
      if (!acc) {
        acc = new Acc(r, 1);
        acc.matched = all;
        pages.set(r.id, acc);
      }
      if (r.words.length) acc.found.push(r.words);
      if (r.score > acc.scores[0]!) acc.scores[0] = r.score;
      for (const m of r.matchedMetaFields ?? []) if (TITLE_FIELDS.has(m)) acc.titled = 1;
    }
  }
  const forms = slots.map((s) => s.forms.map((f) => pagefindCore(f.term)));
  /** Slots (as a bit mask) with a form some word of `text` starts with. */
  const slotsIn = (text: string): number => {
    const cores = splitWords(text).map(pagefindCore).filter(Boolean);
    return forms.reduce((m, fs, i) => (cores.some((c) => fs.some((f) => c.startsWith(f))) ? m | (1 << i) : m), 0);
  };
  const merged = (acc: Acc): number[] => sortedUnique(acc.found);
  const scoreOf = (acc: Acc, titleTerm: number) =>
    mode === 'date'
      ? dateScore(acc.id, dateRank)
      : // Pagefind's own score, uncapped and tiny, orders the many pages the capped terms tie
        // (its score for all the words together weighs title and name matches): the same in
        // bounds and exact scores, so bounds stay bounds.
        textScore(titleTerm, acc.isNamed, acc.relevance) + acc.proximity * W.proximity + acc.relevance * W.tieBreak;
  const order = byScore(dateRank);

  // Estimates for every page.
  const kept = [...pages.values()];
  for (const acc of kept) {
    // Pagefind's score for the words together is the sum of its per-word scores; `rank`
    // sums log1p of each, here taken as n equal shares.
    acc.relevance = n * Math.log1p(acc.scores[0]! / n);
    acc.score = scoreOf(acc, acc.titled / n);
  }
  kept.sort(order);
  // Without the text, all the positions go in the first slot: excerpts look for the window holding most of them.
  const positionsOf = (acc: Acc): number[][] => (acc.positions.length ? acc.positions : [merged(acc), ...Array.from({ length: n - 1 }, () => [])]);
  /** A page as ranked: its words told apart once its text has been given (`refine`). */
  const rankedOf = (acc: Acc): RankedPage => new Ranked(acc, n * W.wordsMatched, n, positionsOf, acc.positions.length > 0);
  const ranking = (): Ranking => ({ pages: kept.map(rankedOf), missing: [], partial: false });

  // The estimate's pages are made when first asked for: a common word gives some 10,000, and the
  // engine only reads them in date mode (in relevance mode it refines first).
  let estimatePages: RankedPage[] | undefined;
  const pagesOnBounds = (): RankedPage[] => (estimatePages ??= ranking().pages);
  return {
    get pages() {
      return pagesOnBounds();
    },
    missing: [],
    partial: false,
    /**
     * Pages worth loading to rank exactly: the first `count` on their bounds, and up to
     * `count` more whose matched positions hold all the words in a row, among the best PROXIMITY_POOL
     * (likely phrases, which bounds cannot see: Pagefind's prefix matches vary with the
     * index chunks already loaded and can push the page that has the phrase far down).
     */
    candidates(count) {
      const pool = kept.slice(0, PROXIMITY_POOL);
      const phrases = pool
        .map((acc, i) => ({ i, run: longestRun(merged(acc)) }))
        // Every word in a row (for one word, any match). Partial runs ("Chu Minh" of "Chu Minh Tú")
        // are common and each would cost a download; their bounds place them well enough.
        .filter((x) => x.run >= n)
        .sort((a, b) => b.run - a.run || a.i - b.i)
        .slice(0, count)
        .map((x) => x.i);
      const picked = [...new Set([...pool.slice(0, count).keys(), ...phrases])];
      return picked.map((i) => rankedOf(pool[i]!));
    },
    refine(texts) {
      // Exact terms for the pages whose text is given: never below their bounds.
      for (const acc of kept) {
        const text = texts.get(acc.id);
        if (!text) continue;
        acc.positions = positionsByWord(query, merged(acc), text.content);
        const titled = bits(slotsIn(`${text.title} ${text.names}`));
        acc.inTitle = titled === n;
        acc.isNamed = slotsIn(text.names) === all;
        acc.proximity = proximityOf(acc.positions);
        acc.score = scoreOf(acc, acc.inTitle ? W.allInTitle : titled / n);
      }
      // Every page by its score, exact or bound: a page still on its bound is placed by what it
      // has at least, and a refined page that proved weaker falls below it.
      kept.sort(order);
      return ranking();
    },
  };
}

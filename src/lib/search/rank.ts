/**
 * Ranking over Pagefind's per-word answers. Pagefind is asked once per form of
 * every query word; this module joins the answers per page and orders pages by,
 * in this order of weight:
 *   1. the page of a directive whose code the reader typed;
 *   2. how many of the query's words the page contains (all before some);
 *   3. whether every word is in the page's title or in the subject's names;
 *   4. how close together the words stand (an exact phrase counts most);
 *   5. Pagefind's own relevance (term frequency, rarity, exact diacritics).
 * The two rankers (rank-by-word.ts, rank-together.ts) share their scoring
 * (rank-scoring.ts); this module is their one entry point. Pure: the engine feeds
 * them the responses, tests feed them hand-made ones.
 */
export * from './rank-scoring.ts';
export { rank } from './rank-by-word.ts';
export { rankTogether } from './rank-together.ts';

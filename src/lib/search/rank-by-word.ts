/**
 * The full-text ranker over Pagefind's per-word answers (one answer per form of every
 * query word), joined per page; used when the words cannot be asked together. Pure.
 */
import type { ParsedQuery } from './query.ts';
import type { PagefindResponse } from './pagefind-types.ts';
import { KEYS_FIELD, NAMES_FIELD } from './fields.ts';
import {
  type SortMode,
  type Ranking,
  hasPhrase,
  proximityOf,
  TITLE_FIELDS,
  W,
  textScore,
  dateScore,
  byScore,
  PROXIMITY_POOL,
  bits,
  sortedUnique,
  Acc,
  Ranked,
} from './rank-scoring.ts';

/**
 * Joins per-form responses (keyed by the form's term) into ranked pages.
 * `dateRank` (page id → 0 for newest) orders pages by date in `date` mode.
 * Cheap facts (words present, title, relevance) order every page; word
 * positions are compared for the best PROXIMITY_POOL pages only.
 * Kept whole: one pass in which each page's terms feed the sort, the proximity pool and the result.
 */
export function rank(query: ParsedQuery, responses: ReadonlyMap<string, PagefindResponse>, mode: SortMode = 'relevance', dateRank?: ReadonlyMap<string, number>): Ranking {
  const slots = query.slots;
  const missing = slots.filter((s) => s.forms.every((f) => (responses.get(f.term)?.unfilteredResultCount ?? 0) === 0));
  const live = slots.map((s) => !missing.includes(s));
  const wordSlots = slots.map((s, i) => (s.kind === 'word' && live[i] ? i : -1)).filter((i) => i >= 0);
  const wordMask = wordSlots.reduce((m, i) => m | (1 << i), 0);
  const liveMask = live.reduce((m, l, i) => (l ? m | (1 << i) : m), 0);

  const pages = new Map<string, Acc>();
  slots.forEach((slot, i) => {
    if (!live[i]) return;
    const bit = 1 << i;
    const firstSelf = slot.forms.find((f) => f.source === 'self');
    for (const form of slot.forms) {
      const self = form.source === 'self';
      for (const r of responses.get(form.term)?.results ?? []) {
        let acc = pages.get(r.id);
        if (!acc) {
          acc = new Acc(r, slots.length);
          pages.set(r.id, acc);
        }
        acc.matched |= bit;
        if (r.words.length) {
          acc.found.push(r.words);
          acc.foundSlot.push(i);
        }
        if (r.score > acc.scores[i]!) acc.scores[i] = r.score;
        const meta = r.matchedMetaFields;
        if (meta) {
          for (const m of meta) {
            if (TITLE_FIELDS.has(m)) acc.titled |= bit;
            if (m === NAMES_FIELD) acc.named |= bit;
          }
        }
        // A code matched in the keys of the directive's own page.
        if (self && (meta ?? [KEYS_FIELD]).includes(KEYS_FIELD)) {
          acc.self = true;
          // The issuer the code most likely means ("ct 05 tu": Trung ương) before the others.
          if (form === firstSelf) acc.selfPreferred = true;
        }
      }
    }
  });

  // All the words, as Pagefind would; when no page has them all, the pages with the most.
  let best = 0;
  for (const acc of pages.values()) best = Math.max(best, bits(acc.matched));
  const words = wordSlots.length;
  const kept: Acc[] = [];
  for (const acc of pages.values()) {
    if (bits(acc.matched) !== best) continue;
    const titled = bits(acc.titled & wordMask);
    acc.inTitle = words > 0 && titled === words;
    acc.isNamed = words > 0 && bits(acc.named & wordMask) === words;
    for (let i = 0; i < slots.length; i++) acc.relevance += Math.log1p(acc.scores[i]!);
    // The code alone, or with words that are all in the directive's title or names: its page comes first.
    // With other words ("sơ kết chỉ thị 05 Nghệ An") the code is one strong word among others.
    acc.pinned = acc.self && (words === 0 || acc.inTitle);
    const cited = acc.self && !acc.pinned ? W.citedCode : 0;
    acc.score =
      mode === 'date'
        ? (acc.pinned ? W.pinnedByDate : 0) + dateScore(acc.id, dateRank)
        : (acc.pinned ? W.pinned + (acc.selfPreferred ? W.preferredIssuer : 0) : 0) +
          textScore(acc.inTitle ? W.allInTitle : titled / Math.max(1, words), acc.isNamed, acc.relevance) +
          cited;
    kept.push(acc);
  }
  const order = byScore(dateRank);
  kept.sort(order);

  // Word positions: every page for an exact phrase query, the best pool otherwise.
  const slotPositions = (acc: Acc, sort: boolean): number[][] =>
    slots.map((_, i) => {
      const lists = acc.found.filter((_, k) => acc.foundSlot[k] === i);
      return sort ? sortedUnique(lists) : lists.length === 1 ? (lists[0] as number[]) : lists.flat();
    });
  const pool = query.phrase || mode === 'date' ? kept.length : Math.min(kept.length, PROXIMITY_POOL);
  const phraseOk = new Set<Acc>();
  for (let k = 0; k < pool; k++) {
    const acc = kept[k]!;
    acc.positions = slotPositions(acc, true);
    const lists = wordSlots.map((i) => acc.positions[i]!);
    if (query.phrase && words > 1 && !hasPhrase(lists)) continue;
    phraseOk.add(acc);
    acc.proximity = proximityOf(lists);
    if (mode !== 'date') acc.score += acc.proximity * W.proximity;
  }
  const head = kept
    .slice(0, pool)
    .filter((a) => !query.phrase || words < 2 || phraseOk.has(a))
    .sort(order);
  const tail = query.phrase && words > 1 ? [] : kept.slice(pool);
  const ranked = [...head, ...tail].map((acc) => new Ranked(acc, best * W.wordsMatched, slots.length, slotPositions));
  return { pages: ranked, missing, partial: ranked.length > 0 && best < bits(liveMask) };
}

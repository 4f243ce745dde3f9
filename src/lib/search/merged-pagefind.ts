/**
 * The full-text index as a base and a delta (see src/integrations/full-text-index.ts):
 * one Pagefind API over both, which drops the base's stale pages (changed or
 * removed since the base was built), puts the delta's pages among the rest
 * (by score, or by date for a sorted search), and adds up counts. A delta page
 * that replaces a base page answers under the base page's id; a new one as
 * "delta/<id>".
 */
import { matchesTerm } from './engine.ts';
import type { PagefindApi, PagefindResponse, PagefindResult, PagefindSearchOptions } from './pagefind-types.ts';

/** Folder of the delta index inside the full-text bundle, and the file that says what it holds. */
export const DELTA_FOLDER = 'delta';
export const DELTA_FILE = 'delta.json';

export interface DeltaInfo {
  /** A delta index exists. */
  delta: boolean;
  /** Page ids of the base that must not be shown. */
  stale: string[];
  /** Delta page id → the base page id of its older version. */
  twins?: Record<string, string>;
  /** Delta page id → the base page it follows, newest first (null: before all). */
  after?: Record<string, string | null>;
}

type Counts = Record<string, Record<string, number>>;
const addCounts = (a: Counts, b: Counts): Counts => {
  const out: Counts = structuredClone(a);
  for (const [k, values] of Object.entries(b)) for (const [v, n] of Object.entries(values)) (out[k] ??= {})[v] = (out[k][v] ?? 0) + n;
  return out;
};

/**
 * Merges two lists each in the order of a sort key: a delta page goes right after the base
 * page the index step says it follows newest first (`after`); one whose anchor the list lacks
 * (a filter left it out), or any page of another sort, by binary search on the pages' own
 * values of the key (their `date` metadata is their sort key).
 */
async function mergeSorted(
  base: PagefindResult[],
  delta: PagefindResult[],
  key: string,
  direction: 'asc' | 'desc',
  after: Readonly<Record<string, string | null>>,
): Promise<PagefindResult[]> {
  const value = async (r: PagefindResult) => (await r.data()).meta[key] ?? '';
  const before = (a: string, b: string) => (direction === 'desc' ? a > b : a < b);
  const out = [...base];
  const at = new Map(base.map((r, i) => [r.id, i]));
  const placed: { r: PagefindResult; index: number }[] = [];
  const rest: PagefindResult[] = [];
  for (const r of delta) {
    // Newest first, as the index step worked out: right after the base page it follows.
    const anchor = direction === 'desc' && key === 'date' ? after[ownId(r)] : undefined;
    if (anchor === null) placed.push({ r, index: 0 });
    else if (anchor !== undefined && at.has(anchor)) placed.push({ r, index: at.get(anchor)! + 1 });
    else rest.push(r);
  }
  // From the end, so earlier positions stay right; delta pages at one place keep their order.
  placed.sort((a, b) => b.index - a.index);
  for (const { r, index } of placed) out.splice(index, 0, r);
  // Any other (a filter left its anchor out): by binary search on the pages' dates.
  for (const r of rest) {
    const v = await value(r);
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(await value(out[mid]!), v)) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, r);
  }
  return out;
}

/**
 * Delta pages' ids as "delta/<id>": Pagefind keeps ids apart within one bundle only, and a
 * page of the delta must never be taken for a page of the base (headline records name delta
 * pages so too; see full-text-index.ts).
 */
const marked = (r: PagefindResponse): PagefindResponse => ({ ...r, results: r.results.map((x) => ({ ...x, id: `${DELTA_FOLDER}/${x.id}` })) });
/** A delta page's id in its own bundle, as delta.json names it. */
const ownId = (r: PagefindResult): string => r.id.slice(DELTA_FOLDER.length + 1);

/**
 * A delta page that replaces a page of the base answers under the base page's id (whose
 * own answer is stale and dropped): a page keeps its id from edit to edit, so what names
 * pages by id (the headline index) need not change when only their text did.
 */
const asTwin = (r: PagefindResult, twins: Readonly<Record<string, string>>): PagefindResult => {
  const twin = r.id.startsWith(`${DELTA_FOLDER}/`) ? twins[ownId(r)] : undefined;
  return twin ? { ...r, id: twin } : r;
};

const median = (xs: number[]): number | undefined => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : undefined;
};

/**
 * Delta pages with scores the base's pages can be compared with. Pagefind scores a page with
 * its own index's word statistics, and a delta of a few pages has very different ones. A page
 * whose older version the base still answers with takes that version's score; the others are
 * scaled by how the base scored the twins it answered with (else by the two answers' medians).
 */
function rescaled(base: readonly PagefindResult[], delta: readonly PagefindResult[], twins: Readonly<Record<string, string>>): PagefindResult[] {
  const baseScore = new Map(base.map((r) => [r.id, r.score]));
  const twinOf = (r: PagefindResult) => baseScore.get(twins[ownId(r)] ?? '');
  const ratios = delta.flatMap((r) => {
    const t = twinOf(r);
    return t !== undefined && r.score > 0 ? [t / r.score] : [];
  });
  const bm = median(base.map((r) => r.score));
  const dm = median(delta.map((r) => r.score));
  const ratio = median(ratios) ?? (bm !== undefined && dm ? bm / dm : 1);
  return delta.map((r) => ({ ...r, score: twinOf(r) ?? r.score * ratio }));
}

/** Whether a page holds every word of a query (as Pagefind reads it), by its own text. */
async function holds(term: string, result: PagefindResult): Promise<boolean> {
  const data = await result.data();
  return term
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => matchesTerm(w.replace(/^"|"$/g, ''), result, data));
}

/**
 * One API over the base and, when there is one, the delta. The delta is opened after the
 * base has answered once: in a browser both share one WebAssembly module, which breaks
 * when two instances start at the same time.
 */
export function withDelta(base: PagefindApi, info: DeltaInfo, openDelta: () => PagefindApi): PagefindApi {
  if (!info.delta && !info.stale.length) return base;
  const stale = new Set(info.stale);
  let delta: PagefindApi | undefined;
  return {
    async search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse> {
      const b = await base.search(term, options);
      const kept = b.results.filter((r) => !stale.has(r.id));
      const dropped = b.results.length - kept.length;
      if (!info.delta) return { ...b, results: kept, unfilteredResultCount: Math.max(0, b.unfilteredResultCount - dropped) };
      delta ??= openDelta();
      let d = marked(await delta.search(term, options));
      // Either side may answer for a shorter word when it has none starting with a query word
      // (see matchesTerm): such an answer goes, when the other side holds the words.
      if (term && kept.length && d.results.length) {
        const [baseHolds, deltaHolds] = await Promise.all([holds(term, kept[0]!), holds(term, d.results[0]!)]);
        if (baseHolds && !deltaHolds) d = { ...d, results: [] };
        else if (deltaHolds && !baseHolds) kept.length = 0;
      }
      const sort = Object.entries(options?.sort ?? {})[0];
      const results = sort
        ? await mergeSorted(kept, d.results, sort[0], sort[1], info.after ?? {})
        : [...kept, ...rescaled(b.results, d.results, info.twins ?? {})].sort((x, y) => y.score - x.score);
      return {
        results: results.map((r) => asTwin(r, info.twins ?? {})),
        unfilteredResultCount: Math.max(0, b.unfilteredResultCount - dropped) + d.unfilteredResultCount,
        filters: addCounts(b.filters, d.filters),
        totalFilters: addCounts(b.totalFilters, d.totalFilters),
      };
    },
    async filters() {
      const b = await base.filters();
      if (!info.delta) return b;
      delta ??= openDelta();
      return addCounts(b, await delta.filters());
    },
  };
}

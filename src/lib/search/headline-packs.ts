/**
 * Word packs of the headline index: for each rare word a query asks (a closed
 * pair, a code key, or a code without its issuer), one file holding the card
 * data of every page that word finds. A headline query then reads the data of
 * its first screen in one request instead of one fragment per page: its index
 * chunks, then one pack, where it used to read its chunks, then ten fragments.
 * Served over HTTP/1.1 (six connections) ten requests are two round trips, and in
 * the browser each request costs several milliseconds of its own (BENCHMARKS.md).
 *
 * A pack holds the pages Pagefind answers for the word: those holding any index
 * word that starts with it (Pagefind matches by prefix), all of them when they
 * are at most PACK_LIMIT. A common word's pack holds only its PACK_TOP pages
 * with the fewest words: every word of a headline record is there once, so
 * Pagefind's BM25 scores a page higher the shorter it is, and an answer's first
 * pages, ranked on the data packs give, are the shortest ones holding every
 * term. The query layer reads fragments for any page its packs lack, so a pack
 * that misses costs requests, never a result.
 *
 * Pure: the index step writes packs with it, the query layer reads them with it.
 */
import { isCodeKey, withoutIssuer } from './directive-code.ts';
import { LEAD_PAIR_START, PAIR_END, PAIR_START } from './headline-words.ts';

/** Most pages a pack holds whole (a directive's citing pages, 104 at most at 10,000 stories, fit). */
export const PACK_LIMIT = 120;
/** Pages a common word's pack holds: its shortest, more than a first screen needs, so that other terms of a query still leave ten. */
export const PACK_TOP = 40;
/** Folder of the packs inside the headline index. */
export const PACK_FOLDER = 'theo-tu';
export const PACK_EXTENSION = '.pf_pack';
/**
 * What decides a pack's content, kept in the digest of a cached headline index: another value
 * rebuilds it with its packs. Raise the version whenever buildPacks, askedForms or encodePack change.
 */
export const PACK_FORMAT = { version: 2, limit: PACK_LIMIT, top: PACK_TOP };

/** One page of a pack: what its fragment holds that cards and ranking read. */
export interface PackPage {
  /** Page id in the headline index (Pagefind's result id). */
  id: string;
  url: string;
  meta: Record<string, string>;
}

/** Whether a word asked of the headline index may have a pack: a closed pair or a code key (with or without its issuer). */
export const packable = (word: string): boolean =>
  ((word.startsWith(PAIR_START) || word.startsWith(LEAD_PAIR_START)) && word.length > PAIR_START.length + PAIR_END.length && word.endsWith(PAIR_END)) || isCodeKey(word);

/**
 * What may be asked of the index that finds this index word: the word itself; for a code key,
 * its issuer-less prefix; for a pair, every prefix that is a closed pair itself (a syllable
 * with a "z" in it: "Zalo" makes `zzdungzaloz`, and "ứng dụng Z" asks `zzdungz`).
 */
export const askedForms = (word: string): string[] => {
  if (!packable(word)) return [];
  if (isCodeKey(word)) return withoutIssuer(word) !== word ? [word, withoutIssuer(word)] : [word];
  const forms: string[] = [];
  for (let end = word.indexOf(PAIR_END, PAIR_START.length); end >= 0; end = word.indexOf(PAIR_END, end + 1)) {
    const form = word.slice(0, end + 1);
    if (packable(form)) forms.push(form);
  }
  return forms;
};

/**
 * The packs of an index: per asked form, the pages whose words start with it; all of them up
 * to `limit`, else the `top` with the fewest words. `pages` gives each page's index words.
 */
export function buildPacks(pages: readonly (PackPage & { words: readonly string[] })[], limit = PACK_LIMIT, top = PACK_TOP): Map<string, PackPage[]> {
  const byWord = new Map<string, number[]>();
  pages.forEach((page, i) => {
    for (const w of new Set(page.words)) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(i);
    }
  });
  const words = [...byWord.keys()].sort();
  const forms = new Set(words.flatMap(askedForms));
  const shortestFirst = (a: number, b: number) => pages[a]!.words.length - pages[b]!.words.length || a - b;
  const packs = new Map<string, PackPage[]>();
  for (const form of [...forms].sort()) {
    // Every index word starting with the form: one run of the sorted words.
    const found = new Set<number>();
    for (let at = lowerBound(words, form); at < words.length && words[at]!.startsWith(form); at++) for (const i of byWord.get(words[at]!)!) found.add(i);
    if (found.size === 0) continue;
    const kept = found.size <= limit ? [...found] : [...found].sort(shortestFirst).slice(0, top);
    packs.set(
      form,
      kept.sort((a, b) => a - b).map((i) => ({ id: pages[i]!.id, url: pages[i]!.url, meta: pages[i]!.meta })),
    );
  }
  return packs;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A pack as stored (before gzip): one array per page, `[id, url, meta]`. */
export const encodePack = (pages: readonly PackPage[]): string => JSON.stringify(pages.map((p) => [p.id, p.url, p.meta]));

/** A stored pack read back; throws on anything else. */
export function decodePack(text: string): PackPage[] {
  const rows = JSON.parse(text) as unknown;
  if (!Array.isArray(rows)) throw new Error('not a pack');
  return rows.map((row: unknown) => {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string' || typeof row[2] !== 'object' || row[2] === null) throw new Error('not a pack');
    return { id: row[0], url: row[1], meta: row[2] as Record<string, string> };
  });
}

/** File of a word's pack, relative to the headline index folder. */
export const packFile = (word: string): string => `${PACK_FOLDER}/${word}${PACK_EXTENSION}`;

/** Reads a word's pack, or undefined when it has none. */
export type PackReader = (word: string) => Promise<PackPage[] | undefined>;

/**
 * Reads packs over `fetch` from the headline index at `indexUrl` (ending with "/"), or
 * undefined where the platform cannot undo gzip (DecompressionStream: Safari before 16.4,
 * Firefox before 113): every page's fragment is then read, as before packs. A pack that is not
 * there reads as undefined; a network error rejects, so that it is asked again later. A pack a
 * host served already decoded (Content-Encoding: gzip) is read as it came.
 */
export function fetchPacks(indexUrl: string): PackReader | undefined {
  if (typeof DecompressionStream === 'undefined') return undefined;
  return async (word) => {
    const response = await fetch(`${indexUrl}${packFile(word)}`);
    if (!response.ok) return undefined;
    const bytes = new Uint8Array(await response.arrayBuffer());
    try {
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      const text = gzipped ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text() : new TextDecoder().decode(bytes);
      return decodePack(text);
    } catch {
      return undefined;
    }
  };
}

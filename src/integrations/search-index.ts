/**
 * Builds the search indexes after Astro has written the site, with Pagefind's
 * Node API: the full text of the story pages (full-text-index.ts, kept in the
 * build cache so that a rebuild indexes only what changed) into <outDir>/pagefind/,
 * and the headline index (the first search tier) into <outDir>/pagefind/tieu-de/.
 * Any error Pagefind reports stops the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { constants, gunzipSync, gzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import { pipelined } from '../lib/pipelined.ts';
import { compactIndexFolder } from './pagefind-assets.ts';
import { buildFullText, fragmentId, fullTextFromScratch, INDEX_FOLDER, linkTree, pagefindVersion, readFragmentFile, type FullTextResult } from './full-text-index.ts';
import { parseFragment, type StoredFragment } from '../lib/search/fragment.ts';
import { cacheDirFor, contentDir } from '../lib/site/content-dir.ts';
import { buildPacks, encodePack, PACK_FOLDER, PACK_FORMAT, packFile } from '../lib/search/headline-packs.ts';
import { FULL_ID_META, pagefindRecord, type HeadlineRecord, type PagefindCustomRecord } from '../lib/search/headline-record.ts';

export { INDEX_FOLDER, fullTextIds } from './full-text-index.ts';
const gzipAsync = promisify(gzip);
/** The headline index (first search tier), inside the full-text one so it shares its cache rules. */
export const HEADLINE_FOLDER = `${INDEX_FOLDER}/tieu-de`;
/** The records the build hands to the index step (src/pages/tim-kiem/tieu-de.json.ts); removed once read. */
export const HEADLINE_RECORDS = 'tim-kiem/tieu-de.json';
/**
 * Postings per index chunk of the headline index. Pagefind's default (20,000) suits
 * common words; the headline index is mostly rare pairs, and a small chunk means a
 * query downloads little more than its own pairs (measured in BENCHMARKS.md).
 */
export const HEADLINE_CHUNK_SIZE = 2000;
/** Set to "1", the build leaves indexing to a later step (scripts/index-search.ts). */
export const INDEX_LATER_ENV = 'GS_INDEX_LATER';
/** File in the built site holding its base path for the later step, which removes it. */
export const BASE_FILE = '.search-index-base';

/** The log line after indexing, in the editors' language. */
export const indexSummary = (r: IndexResult, ms: number): string =>
  `Chỉ mục tìm kiếm: ${r.indexed} bài (trên ${r.pages} trang), ${r.headlines} tiêu đề, trong ${(ms / 1000).toFixed(1)} giây` +
  ` (toàn văn ${r.seconds.fullText.toFixed(1)} giây, đọc ${r.read} trang, ${MODE_WORDS[r.mode](r.written)}; tiêu đề ${r.seconds.headlines.toFixed(1)} giây${r.together ? ' sau toàn văn, lập cùng lúc với toàn văn' : ''}${r.headlinesReused ? ', không tiêu đề nào đổi' : ''}).`;
const MODE_WORDS: Record<IndexResult['mode'], (n: number) => string> = {
  full: () => 'lập lại toàn bộ',
  delta: (n) => `chỉ lập lại ${n} bài đã đổi`,
  same: () => 'không bài nào đổi',
};

export interface IndexResult {
  pages: number;
  indexed: number;
  headlines: number;
  /** The headline records were those of the last index, which was taken from the cache as it was. */
  headlinesReused: boolean;
  /** How the full text was made (full-text-index.ts), and how many pages this run indexed. */
  mode: FullTextResult['mode'];
  written: number;
  /** Story pages read from disk (the others are known unchanged by their files). */
  read: number;
  /** The headlines were indexed while the full text was (from scratch): their seconds are those after it. */
  together: boolean;
  /** Seconds spent on the full text and on the headlines (after the full text). */
  seconds: { fullText: number; headlines: number };
  errors: string[];
}

/** Pagefind's Node API: one module, one indexing service. */
type PagefindApi = typeof pagefind;

/** The records to index, each with its story's full-text page id; only stories the full text holds (a page taken down leaves both tiers). */
const headlineCustoms = (records: PagefindCustomRecord[] | HeadlineRecord[], base: string, fullIds: ReadonlyMap<string, string>): PagefindCustomRecord[] =>
  records.map((record) => ('fields' in record ? pagefindRecord(record, base, fullIds) : withFullId(record, fullIds))).filter((custom) => custom.meta[FULL_ID_META]);

/**
 * Builds the headline index from `records` into `outDir/HEADLINE_FOLDER`, each with its
 * story's full-text page id (`fullIds`, from the full-text step); the last index, linked from
 * the cache, when the records are the same.
 */
async function buildHeadlineIndex(
  outDir: string,
  base: string,
  records: PagefindCustomRecord[] | HeadlineRecord[],
  fullIds: ReadonlyMap<string, string>,
  errors: string[],
  cache: { dir: string | undefined; force: boolean },
): Promise<{ count: number; reused: boolean }> {
  const customs = headlineCustoms(records, base, fullIds);
  const out = join(outDir, HEADLINE_FOLDER);
  // The same records as the last index was made of (an edit of a story's text leaves them as they
  // were: pages keep their full-text ids, full-text-index.ts): that index, linked from the cache.
  const digest = await headlineDigest(customs);
  const cached = cache.dir && join(cache.dir, HEADLINE_CACHE);
  if (cached && !cache.force && (await readFile(`${cached}.digest`, 'utf8').catch(() => '')) === digest && existsSync(join(cached, 'pagefind-entry.json'))) {
    await rm(out, { recursive: true, force: true });
    await linkTree(cached, out);
    return { count: customs.length, reused: true };
  }
  await writeHeadlineIndex(pagefind, customs.map(withoutFullId), out, errors);
  if (!errors.length && !(await fillFullIds(out, fullIds))) errors.push(`${HEADLINE_FOLDER}: thiếu mã trang toàn văn của một tiêu đề.`);
  if (cached && !errors.length) await keepHeadlineIndex(out, cached, digest);
  return { count: customs.length, reused: false };
}

/**
 * A record as the headline index is written: without its full-text id, which `fillFullIds` sets
 * in afterwards. Written so whether the ids were known or not (both tiers indexed at once), an
 * index has the same files.
 */
function withoutFullId(custom: PagefindCustomRecord): PagefindCustomRecord {
  const meta = { ...custom.meta };
  delete meta[FULL_ID_META];
  return { ...custom, meta };
}

/**
 * Writes the headline index of `customs` into a fresh folder `out`, with a service of
 * Pagefind's module `api` started for it (its chunk size is read from the environment when a
 * service starts) and closed at the end.
 */
async function writeHeadlineIndex(api: PagefindApi, customs: readonly PagefindCustomRecord[], out: string, errors: string[]): Promise<void> {
  const before = process.env[CHUNK_ENV];
  process.env[CHUNK_ENV] = String(HEADLINE_CHUNK_SIZE);
  let creating: ReturnType<PagefindApi['createIndex']>;
  try {
    // The service starts within this call, before it returns: the variable is put back at once, so a
    // service started meanwhile for the full text does not take it.
    creating = api.createIndex({ forceLanguage: 'vi' });
  } finally {
    if (before === undefined) delete process.env[CHUNK_ENV];
    else process.env[CHUNK_ENV] = before;
  }
  const created = await creating;
  const index = created.index;
  errors.push(...created.errors);
  try {
    if (!index) return;
    await pipelined(
      customs,
      (custom) => custom,
      async (custom) => {
        const r = await index.addCustomRecord(custom);
        errors.push(...r.errors.map((e) => `${custom.url}: ${e}`));
      },
    );
    await rm(out, { recursive: true, force: true });
    const w = await index.writeFiles({ outputPath: out });
    errors.push(...w.errors);
    await compactIndexFolder(out);
  } finally {
    await api.close();
  }
}

/** Keeps a headline index in the cache, replaced whole, never edited: a published index may share its files with it (linkTree). */
async function keepHeadlineIndex(out: string, cached: string, digest: string): Promise<void> {
  await rm(cached, { recursive: true, force: true });
  await rm(`${cached}.digest`, { force: true });
  await mkdir(cached, { recursive: true });
  await linkTree(out, cached);
  await writeFile(`${cached}.digest`, digest);
}

/**
 * Pagefind's Node API loaded a second time, under another URL: a module of its own, so a
 * service of its own, which indexes the headlines while the first indexes the full text.
 */
async function secondPagefind(): Promise<PagefindApi> {
  let url: string;
  try {
    url = import.meta.resolve('pagefind');
  } catch {
    url = pathToFileURL(join(process.cwd(), 'node_modules', 'pagefind', 'lib', 'index.js')).href;
  }
  return (await import(/* @vite-ignore */ `${url}?service=headlines`)) as PagefindApi;
}

/**
 * Sets in each fragment of the headline index in `dir` its story's full-text page id, which
 * was not known when the index was written, and writes the index's word packs from the
 * fragments so completed (headline-packs.ts): false, and nothing written, when a story has
 * no full-text id (its record must then leave the index, which takes indexing it again).
 */
async function fillFullIds(dir: string, fullIds: ReadonlyMap<string, string>): Promise<boolean> {
  const folder = join(dir, 'fragment');
  const names = (await readdir(folder)).sort();
  const fragments = new Map<string, { text: string; fragment: StoredFragment & Record<string, unknown> }>();
  await pipelined(
    names,
    (name) => name,
    async (name) => {
      const text = gunzipSync(await readFile(join(folder, name))).toString('utf8');
      fragments.set(name, { text, fragment: parseFragment(text) as StoredFragment & Record<string, unknown> });
    },
    32,
  );
  if ([...fragments.values()].some(({ fragment }) => !fullIds.get(fragment.url))) return false;
  await pipelined(
    names,
    (name) => name,
    async (name) => {
      const { text, fragment } = fragments.get(name)!;
      fragment.meta = { ...fragment.meta, [FULL_ID_META]: fullIds.get(fragment.url)! };
      // Pagefind's signature before the page's JSON, as it wrote it; compressed in zlib's thread pool.
      await writeFile(join(folder, name), await gzipAsync(`${text.slice(0, text.indexOf('{'))}${JSON.stringify(fragment)}`, { level: constants.Z_BEST_COMPRESSION }));
    },
    32,
  );
  await writePacks(
    dir,
    names.map((name) => {
      const { fragment } = fragments.get(name)!;
      return { id: fragmentId(name), url: fragment.url, meta: fragment.meta, words: fragment.content.split(/\s+/) };
    }),
  );
  return true;
}

/** Writes the word packs of a headline index's pages into `dir/PACK_FOLDER`, gzipped as Pagefind's own files are. */
async function writePacks(dir: string, pages: Parameters<typeof buildPacks>[0]): Promise<void> {
  const folder = join(dir, PACK_FOLDER);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await pipelined(
    buildPacks(pages),
    (entry) => entry,
    // Compressed off the main thread (zlib's thread pool), so both cores take the packs.
    async ([word, packed]) => writeFile(join(dir, packFile(word)), await gzipAsync(encodePack(packed), { level: constants.Z_BEST_COMPRESSION })),
    32,
  );
}

/** Folder in the index step's cache holding the last headline index, beside `<folder>.digest`. */
const HEADLINE_CACHE = 'headlines';

/**
 * Digest of what a headline index is made of: Pagefind's version, the chunk size, how its word
 * packs are made (an index cached before packs, or with others, is made again) and every
 * record, its metadata in key order (a record read back from the index has its full-text id last).
 */
async function headlineDigest(customs: readonly PagefindCustomRecord[]): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify([await pagefindVersion(), HEADLINE_CHUNK_SIZE, PACK_FORMAT]));
  for (const c of customs) hash.update(JSON.stringify({ ...c, meta: Object.fromEntries(Object.entries(c.meta).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }));
  return hash.digest('hex');
}
const CHUNK_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * The headline records to index: the ones the build just handed over, or, when a built
 * site is indexed again (the build's records were consumed the first time), the ones
 * its headline index already holds. Read before the old index is removed.
 */
async function headlineRecords(outDir: string): Promise<PagefindCustomRecord[] | HeadlineRecord[]> {
  const file = join(outDir, HEADLINE_RECORDS);
  if (existsSync(file)) {
    const records = JSON.parse(await readFile(file, 'utf8')) as HeadlineRecord[];
    await rm(file);
    return records;
  }
  const dir = join(outDir, HEADLINE_FOLDER, 'fragment');
  if (!existsSync(dir)) return [];
  const stored: PagefindCustomRecord[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const f = await readFragmentFile(join(dir, name));
    stored.push({ url: f.url, content: f.content, language: 'vi', meta: f.meta });
  }
  return stored.sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** A stored record with its full-text page id brought up to date. */
function withFullId(record: PagefindCustomRecord, fullIds: ReadonlyMap<string, string>): PagefindCustomRecord {
  const meta = { ...record.meta };
  const fid = fullIds.get(record.url);
  if (fid) meta[FULL_ID_META] = fid;
  else delete meta[FULL_ID_META];
  return { ...record, meta };
}

/** Where the index step keeps its base index between builds: GS_SEARCH_CACHE, else in the build cache of the content folder. */
export const searchCacheDir = (): string => process.env['GS_SEARCH_CACHE'] ?? join(cacheDirFor(contentDir()), 'search-index');

/**
 * Indexes the story pages under `outDir` into `outDir/pagefind` (full text, from the cache
 * where it can; `force` ignores it) and `outDir/pagefind/tieu-de` (headlines). Exported for
 * scripts and tests.
 */
export async function buildSearchIndex(outDir: string, base = '/', options: { cacheDir?: string | undefined; force?: boolean } = {}): Promise<IndexResult> {
  const errors: string[] = [];
  // Read before the old index goes: a site indexed again takes its headlines from it.
  const records = await headlineRecords(outDir);
  const cache = { dir: options.cacheDir, force: !!options.force };
  let t = performance.now();
  // From scratch, both tiers are indexed at once, each by a service of its own: the headlines
  // without their full-text ids, which are set in once the full text has given them.
  const together = records.length > 0 && 'fields' in records[0]! && (await fullTextFromScratch(base, options.cacheDir, options.force));
  const early = together ? join(outDir, `.tieu-de-${process.pid}`) : undefined;
  const unlinked = together ? (records as HeadlineRecord[]).map((record) => withoutFullId(pagefindRecord(record, base))) : [];
  const headlinesWritten =
    early &&
    writeHeadlineIndex(await secondPagefind(), unlinked, early, errors).then(
      () => true,
      (error: unknown) => {
        errors.push(`${HEADLINE_FOLDER}: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      },
    );
  let full: FullTextResult;
  let fullText: number;
  let headline = { count: 0, reused: false };
  try {
    full = await buildFullText(outDir, base, options.cacheDir, errors, options.force);
    fullText = (performance.now() - t) / 1000;
    t = performance.now();
    if (early && (await headlinesWritten) && !errors.length && (await fillFullIds(early, full.ids))) {
      const out = join(outDir, HEADLINE_FOLDER);
      await rm(out, { recursive: true, force: true });
      await rename(early, out);
      // The records already made for the early index, with their ids set (the digest sorts the metadata).
      const customs = headlineCustoms(unlinked, base, full.ids);
      if (cache.dir) await keepHeadlineIndex(out, join(cache.dir, HEADLINE_CACHE), await headlineDigest(customs));
      headline = { count: customs.length, reused: false };
    } else if (!errors.length) headline = await buildHeadlineIndex(outDir, base, records, full.ids, errors, cache);
  } finally {
    // Never left in the site, whatever happened.
    if (early) await rm(early, { recursive: true, force: true });
  }
  const seconds = { fullText, headlines: (performance.now() - t) / 1000 };
  return {
    pages: full.pages,
    indexed: full.indexed,
    headlines: headline.count,
    headlinesReused: headline.reused,
    together: !!early,
    mode: full.mode,
    written: full.written,
    read: full.read,
    seconds,
    errors,
  };
}

export const indexFailure = (r: IndexResult): string => `Pagefind báo ${r.errors.length} lỗi khi lập chỉ mục tìm kiếm.`;

export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'guong-sang:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // `npm run build` indexes in a process of its own once Astro has exited (scripts/build.ts),
        // so Pagefind's memory never adds to Astro's: at 10,000 stories the two together passed 4 GB.
        if (process.env[INDEX_LATER_ENV] === '1') {
          // The base as Astro settled it (BASE_PATH or --base, normalised), for the later step.
          await writeFile(join(fileURLToPath(dir), BASE_FILE), base);
          logger.info('Chỉ mục tìm kiếm sẽ được lập sau khi dựng trang xong.');
          return;
        }
        const started = Date.now();
        const r = await buildSearchIndex(fileURLToPath(dir), base, { cacheDir: searchCacheDir() });
        if (r.errors.length) {
          for (const e of r.errors) logger.error(e);
          throw new Error(indexFailure(r));
        }
        logger.info(indexSummary(r, Date.now() - started));
      },
    },
  };
}

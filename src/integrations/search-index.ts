/**
 * Builds the search indexes after Astro has written the site, with Pagefind's
 * Node API: the full text of the story pages (full-text-index.ts, kept in the
 * build cache so that a rebuild indexes only what changed) into <outDir>/pagefind/,
 * and the headline index (the first search tier) into <outDir>/pagefind/tieu-de/.
 * Any error Pagefind reports stops the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pipelined } from '../lib/pipelined.ts';
import { compactIndexFolder } from './pagefind-assets.ts';
import { buildFullText, INDEX_FOLDER, linkTree, pagefindVersion, readFragmentFile, type FullTextResult } from './full-text-index.ts';
import { cacheDirFor, contentDir } from '../lib/site/content-dir.ts';
import { FULL_ID_META, pagefindRecord, type HeadlineRecord, type PagefindCustomRecord } from '../lib/search/headline-record.ts';

export { INDEX_FOLDER, fullTextIds } from './full-text-index.ts';
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
  ` (toàn văn ${r.seconds.fullText.toFixed(1)} giây, đọc ${r.read} trang, ${MODE_WORDS[r.mode](r.written)}; tiêu đề ${r.seconds.headlines.toFixed(1)} giây${r.headlinesReused ? ', không tiêu đề nào đổi' : ''}).`;
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
  /** Seconds spent on the full text and on the headlines. */
  seconds: { fullText: number; headlines: number };
  errors: string[];
}

/**
 * Builds the headline index from `records` into `outDir/HEADLINE_FOLDER`, each with its
 * story's full-text page id (`fullIds`, from the full-text step). Pagefind's service reads its
 * chunk size from the environment when it starts, so it runs in a service of its own.
 */
async function buildHeadlineIndex(
  outDir: string,
  base: string,
  records: PagefindCustomRecord[] | HeadlineRecord[],
  fullIds: ReadonlyMap<string, string>,
  errors: string[],
  cache: { dir: string | undefined; force: boolean },
): Promise<{ count: number; reused: boolean }> {
  // Only stories the full text holds: a page taken down leaves both tiers.
  const customs = records.map((record) => ('fields' in record ? pagefindRecord(record, base, fullIds) : withFullId(record, fullIds))).filter((custom) => custom.meta[FULL_ID_META]);
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
  const before = process.env[CHUNK_ENV];
  process.env[CHUNK_ENV] = String(HEADLINE_CHUNK_SIZE);
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    errors.push(...createErrors);
    if (!index) return { count: 0, reused: false };
    await pipelined(
      customs,
      (custom) => custom,
      async (custom) => {
        const r = await index.addCustomRecord(custom);
        errors.push(...r.errors.map((e) => `${custom.url}: ${e}`));
      },
    );
    const w = await index.writeFiles({ outputPath: out });
    errors.push(...w.errors);
    await compactIndexFolder(out);
  } finally {
    await pagefind.close();
    if (before === undefined) delete process.env[CHUNK_ENV];
    else process.env[CHUNK_ENV] = before;
  }
  if (cached && !errors.length) {
    // Replaced whole, never edited: a published index may share its files with it (linkTree).
    await rm(cached, { recursive: true, force: true });
    await rm(`${cached}.digest`, { force: true });
    await mkdir(cached, { recursive: true });
    await linkTree(out, cached);
    await writeFile(`${cached}.digest`, digest);
  }
  return { count: customs.length, reused: false };
}

/** Folder in the index step's cache holding the last headline index, beside `<folder>.digest`. */
const HEADLINE_CACHE = 'headlines';

/** Digest of what a headline index is made of: Pagefind's version, the chunk size and every record. */
async function headlineDigest(customs: readonly PagefindCustomRecord[]): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify([await pagefindVersion(), HEADLINE_CHUNK_SIZE]));
  for (const c of customs) hash.update(JSON.stringify(c));
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
  let t = performance.now();
  const full = await buildFullText(outDir, base, options.cacheDir, errors, options.force);
  const fullText = (performance.now() - t) / 1000;
  t = performance.now();
  const headline = errors.length
    ? { count: 0, reused: false }
    : await buildHeadlineIndex(outDir, base, records, full.ids, errors, { dir: options.cacheDir, force: !!options.force });
  const seconds = { fullText, headlines: (performance.now() - t) / 1000 };
  return {
    pages: full.pages,
    indexed: full.indexed,
    headlines: headline.count,
    headlinesReused: headline.reused,
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

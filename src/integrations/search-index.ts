/**
 * Builds the Pagefind index after Astro has written the site, with Pagefind's
 * Node API: every page NFC-normalised first, story bodies only (the pages that
 * carry data-pagefind-body), written to <outDir>/pagefind/. Any error Pagefind
 * reports stops the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { EXCLUDE_SELECTORS, prepareHtml, urlOfHtmlFile } from '../lib/search/prepare-html.ts';
import { FULL_ID_META, pagefindRecord, type HeadlineRecord, type PagefindCustomRecord } from '../lib/search/headline-record.ts';

/** Folder of the index inside the output folder; the search page loads it from here. */
export const INDEX_FOLDER = 'pagefind';
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
export const indexSummary = (r: IndexResult, ms: number): string => `Chỉ mục tìm kiếm: ${r.indexed} bài (trên ${r.pages} trang), ${r.headlines} tiêu đề, trong ${(ms / 1000).toFixed(1)} giây.`;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith(`${INDEX_FOLDER}/`))
    .sort();
}

export interface IndexResult { pages: number; indexed: number; headlines: number; errors: string[] }

/** Pagefind's ready-made UIs: the site uses its own page, so they go. */
async function dropUiFiles(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name)) await rm(join(dir, name));
  }
}

/**
 * Builds the headline index from the records the build left in `outDir`, into
 * `outDir/HEADLINE_FOLDER`, and removes the records. Pagefind's service reads its
 * chunk size from the environment when it starts, so it runs in a service of its own.
 */
async function buildHeadlineIndex(outDir: string, base: string, records: PagefindCustomRecord[] | HeadlineRecord[], errors: string[]): Promise<number> {
  const fullIds = await fullTextIds(join(outDir, INDEX_FOLDER));
  const before = process.env[CHUNK_ENV];
  process.env[CHUNK_ENV] = String(HEADLINE_CHUNK_SIZE);
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    errors.push(...createErrors);
    if (!index) return 0;
    for (const record of records) {
      const r = await index.addCustomRecord('fields' in record ? pagefindRecord(record, base, fullIds) : withFullId(record, fullIds));
      errors.push(...r.errors.map((e) => `${record.url}: ${e}`));
    }
    const w = await index.writeFiles({ outputPath: join(outDir, HEADLINE_FOLDER) });
    errors.push(...w.errors);
    await dropUiFiles(join(outDir, HEADLINE_FOLDER));
    return records.length;
  } finally {
    await pagefind.close();
    if (before === undefined) delete process.env[CHUNK_ENV];
    else process.env[CHUNK_ENV] = before;
  }
}
const CHUNK_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * URL → page id in the full-text index (the name of its fragment file, which is the id
 * Pagefind gives the page in results): headline results carry it, so that the full-text
 * results that follow them leave out the stories already listed.
 */
export async function fullTextIds(bundle: string): Promise<Map<string, string>> {
  const dir = join(bundle, 'fragment');
  const ids = new Map<string, string>();
  for (const name of await readdir(dir)) {
    const raw = gunzipSync(await readFile(join(dir, name))).toString('utf8');
    const { url } = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string };
    ids.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** Indexes the HTML under `outDir` into `outDir/pagefind`. Exported for scripts and tests. */
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
    const raw = gunzipSync(await readFile(join(dir, name))).toString('utf8');
    const f = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
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

export async function buildSearchIndex(outDir: string, base = '/'): Promise<IndexResult> {
  const errors: string[] = [];
  const records = await headlineRecords(outDir);
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE_SELECTORS });
  errors.push(...createErrors);
  if (!index) return { pages: 0, indexed: 0, headlines: 0, errors };
  const files = await htmlFiles(outDir);
  let indexed = 0;
  try {
    for (const file of files) {
      const content = prepareHtml(await readFile(file, 'utf8'));
      if (!/<[a-z][^>]*\sdata-pagefind-body[\s=>]/i.test(content)) continue;
      const r = await index.addHTMLFile({ url: urlOfHtmlFile(relative(outDir, file), base), content });
      errors.push(...r.errors.map((e) => `${relative(outDir, file)}: ${e}`));
      indexed++;
    }
    // A fresh folder: indexing a built site again must not leave the last index's chunks behind.
    await rm(join(outDir, INDEX_FOLDER), { recursive: true, force: true });
    const w = await index.writeFiles({ outputPath: join(outDir, INDEX_FOLDER) });
    errors.push(...w.errors);
    await dropUiFiles(join(outDir, INDEX_FOLDER));
  } finally {
    await pagefind.close();
  }
  const headlines = await buildHeadlineIndex(outDir, base, records, errors);
  return { pages: files.length, indexed, headlines, errors };
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
        const r = await buildSearchIndex(fileURLToPath(dir), base);
        if (r.errors.length) {
          for (const e of r.errors) logger.error(e);
          throw new Error(indexFailure(r));
        }
        logger.info(indexSummary(r, Date.now() - started));
      },
    },
  };
}

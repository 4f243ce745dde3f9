/**
 * The full-text index, rebuilt only as much as the site changed. Pagefind has no
 * way to update an index, and indexing 10,000 stories takes about a minute, so
 * the index step keeps the last full index (the base) in the build cache with
 * the digest of every page it holds. On the next build:
 *
 * - nothing changed: the base is copied as it is;
 * - a few pages changed, were added or removed (at most DELTA_LIMIT of them): the
 *   base is copied, the changed and added pages are indexed on their own into
 *   `pagefind/delta/`, and `pagefind/delta.json` lists the base's pages that are
 *   stale (changed or removed); the query layer asks both and drops the stale
 *   pages (src/lib/search/merged-pagefind.ts);
 * - more changed, the cache does not match (Pagefind, the options, the base path)
 *   or `--force`: a full index, which becomes the new base.
 *
 * The delta is always against the base, so it grows until the next full index.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { linkOrCopy, replaceFile } from './incremental-links.ts';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { EXCLUDE_SELECTORS, prepareHtml, urlOfHtmlFile } from '../lib/search/prepare-html.ts';
import { DELTA_FILE, DELTA_FOLDER, type DeltaInfo } from '../lib/search/merged-pagefind.ts';
import { parseFragment, type StoredFragment } from '../lib/search/fragment.ts';
import { compactIndexFolder } from './pagefind-assets.ts';
import { pipelined } from '../lib/pipelined.ts';

/** Folder of the index inside the output folder; the search page loads it from here. */
export const INDEX_FOLDER = 'pagefind';
/** Bump when what goes into the index changes in a way page digests do not show. */
const FORMAT = 'full-text-2';

/**
 * Changed pages indexed as a delta at most: this share of all pages, but never fewer than
 * DELTA_MIN — and never half the site or more, which a full index serves better (a small
 * site whose every page changed would otherwise keep a base that is all stale).
 */
export const DELTA_SHARE = 0.05;
export const DELTA_MIN = 50;
export const deltaLimit = (pages: number): number => Math.min(Math.ceil(pages / 2) - 1, Math.max(DELTA_MIN, Math.floor(pages * DELTA_SHARE)));

interface StoryPage {
  url: string;
  /** The page's HTML as Pagefind reads it (prepareHtml), read when needed. */
  read: () => Promise<string>;
  /** Its file's identity (fileStamp). */
  stamp: string;
  digest: string;
  /** Its date sort key (data-pagefind-sort="date:…"). */
  date: string;
}

/** What the cache holds about its base index. */
interface Manifest {
  version: string;
  /** URL → digest of the page's prepared HTML, its page id in the base, its file's identity and its date. */
  pages: Record<string, { digest: string; id: string; stamp?: string; date?: string }>;
  /** URL → file identity (fileStamp) of the pages that are not stories (lists, tags…), not read while unchanged. */
  others?: Record<string, string>;
}

export interface FullTextResult {
  /** Pages of the site, and story pages indexed (in the base and delta together). */
  pages: number;
  indexed: number;
  /** How the index was made: from scratch, base + delta, or the base as it was. */
  mode: 'full' | 'delta' | 'same';
  /** Pages indexed in this run. */
  written: number;
  /** HTML files read (and hashed) in this run: the others were known unchanged by their file (fileStamp). */
  read: number;
  /**
   * URL → page id of every story as the query layer sees the full text (merged-pagefind.ts):
   * the base's, also for a page changed since (its new version answers under that id), or
   * `delta/<id>` for a page new since the base.
   */
  ids: Map<string, string>;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith(`${INDEX_FOLDER}/`))
    .sort();
}

/**
 * A file's identity on disk: inode, size and modification time. A page the build took
 * from Astro's cache is a hard link to the cached file (incremental-links.ts), which is
 * replaced, never rewritten, when the page changes: the same identity is the same page.
 */
const fileStamp = async (file: string): Promise<string> => {
  const s = await stat(file, { bigint: true });
  return `${s.ino}:${s.size}:${s.mtimeNs}`;
};

/** What reading a built site found: its HTML files, those read, its stories and its other pages (URL → file identity). */
interface SiteStories {
  files: number;
  read: number;
  stories: StoryPage[];
  others: Record<string, string>;
}
const nothingFound = (): SiteStories => ({ files: 0, read: 0, stories: [], others: {} });

/**
 * Story pages of a built site (those that carry data-pagefind-body), one by one as they are
 * read, each also noted in `found` with the rest of what was found. A page whose file is the
 * one the base was made from (`known`, by URL) is not read again: its digest and date are the
 * base's; its content is read only if it must be indexed.
 */
async function* storyPagesOf(outDir: string, base: string, known: Pick<Manifest, 'pages' | 'others'>, found: SiteStories): AsyncGenerator<StoryPage> {
  for (const file of await htmlFiles(outDir)) {
    found.files++;
    const url = urlOfHtmlFile(relative(outDir, file), base);
    const stamp = await fileStamp(file);
    let story: StoryPage;
    const before = known.pages[url];
    if (known.others?.[url] === stamp) {
      found.others[url] = stamp;
      continue;
    } else if (before?.stamp === stamp && before.date !== undefined) {
      story = { url, stamp, digest: before.digest, date: before.date, read: async () => prepareHtml(await readFile(file, 'utf8')) };
    } else {
      const html = await readFile(file, 'utf8');
      found.read++;
      // Tested before the page is prepared: a listing page's NFC pass is work thrown away.
      if (!/<[a-z][^>]*\sdata-pagefind-body[\s=>]/i.test(html)) {
        found.others[url] = stamp;
        continue;
      }
      const content = prepareHtml(html);
      const date = /data-pagefind-sort="date:([^"]*)"/.exec(content)?.[1] ?? '';
      // Kept until indexed once, then read again if ever needed: a full index would otherwise hold every page.
      let kept: string | undefined = content;
      const read = async () => {
        const text = kept ?? prepareHtml(await readFile(file, 'utf8'));
        kept = undefined;
        return text;
      };
      story = { url, stamp, digest: createHash('sha256').update(content).digest('hex'), date, read };
    }
    found.stories.push(story);
    yield story;
  }
}

/** Every story page of a built site, read (see storyPagesOf). */
async function storyPages(outDir: string, base: string, known: Pick<Manifest, 'pages' | 'others'>): Promise<SiteStories> {
  const found = nothingFound();
  for await (const story of storyPagesOf(outDir, base, known, found)) void story;
  return found;
}

/** A copy of folder `from` at `to` made of hard links (copies where links cannot be made). */
export async function linkTree(from: string, to: string): Promise<void> {
  for (const e of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      await linkOrCopy(path, join(to, relative(from, path)));
    }
  }
}

/**
 * Indexes `pages` into a fresh `outputPath`, as they come (a full index is fed while the site
 * is still being read); Pagefind's errors go to `errors`.
 */
async function writeIndex(pages: Iterable<StoryPage> | AsyncIterable<StoryPage>, outputPath: string, errors: string[]): Promise<void> {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE_SELECTORS });
  errors.push(...createErrors);
  if (!index) return;
  try {
    await pipelined(
      pages,
      (page) => page.read(),
      async (page, content) => {
        const r = await index.addHTMLFile({ url: page.url, content });
        errors.push(...r.errors.map((e) => `${page.url}: ${e}`));
      },
    );
    // A fresh folder: indexing a built site again must not leave the last index's chunks behind.
    await rm(outputPath, { recursive: true, force: true });
    const w = await index.writeFiles({ outputPath });
    errors.push(...w.errors);
    await compactIndexFolder(outputPath);
  } finally {
    await pagefind.close();
  }
}

/** One fragment file of a bundle on disk (see fragment.ts). */
export const readFragmentFile = async (path: string): Promise<StoredFragment> => parseFragment(gunzipSync(await readFile(path)).toString('utf8'));

/** The page id Pagefind gives the page of a fragment file, by its name. */
export const fragmentId = (fileName: string): string => fileName.replace(/\.pf_fragment$/, '');

/**
 * URL → page id in a Pagefind bundle (the name of its fragment file, which is the id
 * Pagefind gives the page in results).
 */
export async function fullTextIds(bundle: string): Promise<Map<string, string>> {
  const dir = join(bundle, 'fragment');
  const ids = new Map<string, string>();
  if (!existsSync(dir)) return ids;
  // Read many at once: 10,000 small files one after another leave the disk and the CPU idle in turn.
  await pipelined(
    (await readdir(dir)).sort(),
    (name) => name,
    async (name) => void ids.set((await readFragmentFile(join(dir, name))).url, fragmentId(name)),
    32,
  );
  return ids;
}

/**
 * Where each delta page stands among the base's: its stale twin in the base (whose score,
 * computed with the base's word statistics, ranks the new version among the others), and
 * the base page it follows when all are sorted newest first (a date-sorted search places
 * it there without reading any page's date).
 */
function placesOfDelta(
  stories: readonly StoryPage[],
  changed: ReadonlySet<StoryPage>,
  deltaIds: ReadonlyMap<string, string>,
  manifest: Manifest,
): Pick<DeltaInfo, 'twins' | 'after'> {
  const twins: Record<string, string> = {};
  const after: Record<string, string | null> = {};
  const newest = [...stories].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.url < b.url ? -1 : 1));
  let last: string | null = null;
  for (const page of newest) {
    const id = deltaIds.get(page.url);
    if (changed.has(page) && id) {
      const twin = manifest.pages[page.url]?.id;
      if (twin) twins[id] = twin;
      after[id] = last;
    } else if (!changed.has(page)) last = manifest.pages[page.url]?.id ?? last;
  }
  return { twins, after };
}

/** Pagefind's own version (builds run from the project folder): another version may write another format. */
export const pagefindVersion = async (): Promise<string> =>
  (JSON.parse(await readFile(join(process.cwd(), 'node_modules', 'pagefind', 'package.json'), 'utf8').catch(() => '{}')) as { version?: string }).version ?? 'unknown';

const versionOf = async (base: string): Promise<string> => {
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, await pagefindVersion(), EXCLUDE_SELECTORS, base]))
    .digest('hex');
};

async function readManifest(cacheDir: string, version: string): Promise<Manifest | undefined> {
  try {
    const m = JSON.parse(await readFile(join(cacheDir, 'manifest.json'), 'utf8')) as Manifest;
    return m.version === version && existsSync(join(cacheDir, 'base', 'pagefind-entry.json')) ? m : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Notes the files the pages are in now, so that the next build reads only the pages whose
 * file changed: an unchanged page's stamp is its current file's; a changed page keeps the
 * base's digest (it still differs from the base) and loses its stamp (it is read again).
 */
async function rememberStamps(cacheDir: string, manifest: Manifest, stories: readonly StoryPage[], changed: ReadonlySet<StoryPage>, others: Record<string, string>): Promise<void> {
  let moved = JSON.stringify(manifest.others ?? {}) !== JSON.stringify(others);
  manifest.others = others;
  for (const p of stories) {
    const entry = manifest.pages[p.url];
    if (!entry) continue;
    const stamp = changed.has(p) ? undefined : p.stamp;
    if (entry.stamp !== stamp || entry.date !== p.date) {
      if (stamp === undefined) delete entry.stamp;
      else entry.stamp = stamp;
      entry.date = p.date;
      moved = true;
    }
  }
  if (moved) await replaceFile(join(cacheDir, 'manifest.json'), JSON.stringify(manifest));
}

/** Whether `buildFullText` will index every page from scratch: `force`, or no usable base in the cache. */
export async function fullTextFromScratch(base: string, cacheDir: string | undefined, force = false): Promise<boolean> {
  return force || !cacheDir || !(await readManifest(cacheDir, await versionOf(base)));
}

/**
 * Builds `outDir/pagefind` (the full-text index, without the headline index), from the
 * cache in `cacheDir` where it can (see the top of this file). `force` ignores the cache.
 */
export async function buildFullText(outDir: string, base: string, cacheDir: string | undefined, errors: string[], force = false): Promise<FullTextResult> {
  const out = join(outDir, INDEX_FOLDER);
  const version = await versionOf(base);
  const manifest = cacheDir && !force ? await readManifest(cacheDir, version) : undefined;
  if (!manifest) {
    // Nothing to compare with: Pagefind is fed each story as soon as it is read.
    const found = nothingFound();
    await writeIndex(storyPagesOf(outDir, base, { pages: {} }, found), out, errors);
    return newBase(out, cacheDir, errors, version, found);
  }
  const found = await storyPages(outDir, base, manifest);
  const { files, read, stories, others } = found;
  const changed = stories.filter((p) => manifest.pages[p.url]?.digest !== p.digest);
  const urls = new Set(stories.map((p) => p.url));
  const removed = Object.keys(manifest.pages).filter((u) => !urls.has(u));
  if (changed.length + removed.length > deltaLimit(stories.length)) {
    await writeIndex(stories, out, errors);
    return newBase(out, cacheDir, errors, version, found);
  }
  await rm(out, { recursive: true, force: true });
  // Linked, not copied: the base is replaced whole when a full index makes a new one, never edited.
  await linkTree(join(cacheDir!, 'base'), out);
  if (changed.length) await writeIndex(changed, join(out, DELTA_FOLDER), errors);
  const stale = [...changed.map((p) => p.url), ...removed].flatMap((u) => manifest.pages[u]?.id ?? []).sort();
  await rememberStamps(cacheDir!, manifest, stories, new Set(changed), others);
  const deltaIds = await fullTextIds(join(out, DELTA_FOLDER));
  await deltaInfo(out, { delta: changed.length > 0, stale, ...placesOfDelta(stories, new Set(changed), deltaIds, manifest) });
  // The manifest knows the base's ids: only the delta's few fragments are read. A changed page
  // keeps its base id (the merged search answers for it under that id, merged-pagefind.ts), so
  // the headline records, which name pages by id, change only for pages new since the base.
  const ids = new Map(stories.map((p) => [p.url, manifest.pages[p.url]?.id || (deltaIds.has(p.url) ? `${DELTA_FOLDER}/${deltaIds.get(p.url)}` : '')]));
  return { pages: files, indexed: stories.length, mode: changed.length + removed.length ? 'delta' : 'same', written: changed.length, read, ids };
}

/** Replaced, not rewritten: the folder may be linked to the cached base (linkTree). */
const deltaInfo = (out: string, info: DeltaInfo) => replaceFile(join(out, DELTA_FILE), JSON.stringify(info));

/** A full index just written to `out`: made the cache's base, with what it holds. */
async function newBase(out: string, cacheDir: string | undefined, errors: string[], version: string, found: SiteStories): Promise<FullTextResult> {
  const { files, read, stories, others } = found;
  await deltaInfo(out, { delta: false, stale: [] });
  const ids = await fullTextIds(out);
  if (cacheDir && !errors.length) {
    await rm(join(cacheDir, 'base'), { recursive: true, force: true });
    await mkdir(cacheDir, { recursive: true });
    // Linked, not copied: an index is replaced whole, never edited (writeIndex, deltaInfo).
    await linkTree(out, join(cacheDir, 'base'));
    const pages = Object.fromEntries(stories.map((p) => [p.url, { digest: p.digest, id: ids.get(p.url) ?? '', stamp: p.stamp, date: p.date }]));
    await writeFile(join(cacheDir, 'manifest.json'), JSON.stringify({ version, pages, others } satisfies Manifest));
  }
  return { pages: files, indexed: stories.length, mode: 'full', written: stories.length, read, ids };
}

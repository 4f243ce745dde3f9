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
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { EXCLUDE_SELECTORS, prepareHtml, urlOfHtmlFile } from '../lib/search/prepare-html.ts';
import { DELTA_FILE, DELTA_FOLDER, type DeltaInfo } from '../lib/search/merged-pagefind.ts';
import { parseFragment, type StoredFragment } from '../lib/search/fragment.ts';
import { compactIndexFolder } from './pagefind-assets.ts';

/** Folder of the index inside the output folder; the search page loads it from here. */
export const INDEX_FOLDER = 'pagefind';
/** Bump when what goes into the index changes in a way page digests do not show. */
const FORMAT = 'full-text-1';

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
  /** The page's HTML as Pagefind reads it (prepareHtml). */
  content: string;
  digest: string;
  /** Its date sort key (data-pagefind-sort="date:…"). */
  date: string;
}

/** What the cache holds about its base index. */
interface Manifest {
  version: string;
  /** URL → digest of the page's prepared HTML and its page id in the base. */
  pages: Record<string, { digest: string; id: string }>;
}

export interface FullTextResult {
  /** Pages of the site, and story pages indexed (in the base and delta together). */
  pages: number;
  indexed: number;
  /** How the index was made: from scratch, base + delta, or the base as it was. */
  mode: 'full' | 'delta' | 'same';
  /** Pages indexed in this run. */
  written: number;
  /**
   * URL → page id of every story as the query layer sees the full text: the base's, or the
   * delta's written `delta/<id>` (so that its fragment is found in the delta; see fragment.ts).
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

/** Story pages of a built site (those that carry data-pagefind-body), read once. */
async function storyPages(outDir: string, base: string): Promise<{ files: number; stories: StoryPage[] }> {
  const files = await htmlFiles(outDir);
  const stories: StoryPage[] = [];
  for (const file of files) {
    const content = prepareHtml(await readFile(file, 'utf8'));
    if (!/<[a-z][^>]*\sdata-pagefind-body[\s=>]/i.test(content)) continue;
    const date = /data-pagefind-sort="date:([^"]*)"/.exec(content)?.[1] ?? '';
    stories.push({ url: urlOfHtmlFile(relative(outDir, file), base), content, digest: createHash('sha256').update(content).digest('hex'), date });
  }
  return { files: files.length, stories };
}

/** Pagefind's ready-made UIs: the site uses its own page, so they go. */
/** Indexes `pages` into a fresh `outputPath`; Pagefind's errors go to `errors`. */
async function writeIndex(pages: readonly StoryPage[], outputPath: string, errors: string[]): Promise<void> {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE_SELECTORS });
  errors.push(...createErrors);
  if (!index) return;
  try {
    for (const page of pages) {
      const r = await index.addHTMLFile({ url: page.url, content: page.content });
      errors.push(...r.errors.map((e) => `${page.url}: ${e}`));
    }
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

/**
 * URL → page id in a Pagefind bundle (the name of its fragment file, which is the id
 * Pagefind gives the page in results).
 */
export async function fullTextIds(bundle: string): Promise<Map<string, string>> {
  const dir = join(bundle, 'fragment');
  const ids = new Map<string, string>();
  if (!existsSync(dir)) return ids;
  for (const name of await readdir(dir)) ids.set((await readFragmentFile(join(dir, name))).url, name.replace(/\.pf_fragment$/, ''));
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

const versionOf = async (base: string): Promise<string> => {
  // Pagefind's own version (builds run from the project folder): another version may write another format.
  const pkg = JSON.parse(await readFile(join(process.cwd(), 'node_modules', 'pagefind', 'package.json'), 'utf8').catch(() => '{}')) as { version?: string };
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, pkg.version ?? 'unknown', EXCLUDE_SELECTORS, base]))
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
 * Builds `outDir/pagefind` (the full-text index, without the headline index), from the
 * cache in `cacheDir` where it can (see the top of this file). `force` ignores the cache.
 */
export async function buildFullText(outDir: string, base: string, cacheDir: string | undefined, errors: string[], force = false): Promise<FullTextResult> {
  const { files, stories } = await storyPages(outDir, base);
  const out = join(outDir, INDEX_FOLDER);
  const version = await versionOf(base);
  const manifest = cacheDir && !force ? await readManifest(cacheDir, version) : undefined;
  const info = async (i: DeltaInfo) => writeFile(join(out, DELTA_FILE), JSON.stringify(i));
  if (manifest) {
    const changed = stories.filter((p) => manifest.pages[p.url]?.digest !== p.digest);
    const urls = new Set(stories.map((p) => p.url));
    const removed = Object.keys(manifest.pages).filter((u) => !urls.has(u));
    if (changed.length + removed.length <= deltaLimit(stories.length)) {
      await rm(out, { recursive: true, force: true });
      await cp(join(cacheDir!, 'base'), out, { recursive: true });
      if (changed.length) await writeIndex(changed, join(out, DELTA_FOLDER), errors);
      const stale = [...changed.map((p) => p.url), ...removed].flatMap((u) => manifest.pages[u]?.id ?? []).sort();
      const deltaIds = await fullTextIds(join(out, DELTA_FOLDER));
      await info({ delta: changed.length > 0, stale, ...placesOfDelta(stories, new Set(changed), deltaIds, manifest) });
      // The manifest knows the base's ids: only the delta's few fragments are read.
      const ids = new Map(stories.map((p) => [p.url, deltaIds.has(p.url) ? `${DELTA_FOLDER}/${deltaIds.get(p.url)}` : (manifest.pages[p.url]?.id ?? '')]));
      return { pages: files, indexed: stories.length, mode: changed.length + removed.length ? 'delta' : 'same', written: changed.length, ids };
    }
  }
  await writeIndex(stories, out, errors);
  await info({ delta: false, stale: [] });
  const ids = await fullTextIds(out);
  if (cacheDir && !errors.length) {
    // The new base, with what it holds.
    await rm(join(cacheDir, 'base'), { recursive: true, force: true });
    await mkdir(cacheDir, { recursive: true });
    await cp(out, join(cacheDir, 'base'), { recursive: true });
    const pages = Object.fromEntries(stories.map((p) => [p.url, { digest: p.digest, id: ids.get(p.url) ?? '' }]));
    await writeFile(join(cacheDir, 'manifest.json'), JSON.stringify({ version, pages } satisfies Manifest));
  }
  return { pages: files, indexed: stories.length, mode: 'full', written: stories.length, ids };
}

/**
 * Loads a built Pagefind bundle (dist/pagefind/) in Node: the generated
 * pagefind.js runs unchanged once `fetch` can read file: URLs. Used by the
 * command line and the search tests; never bundled for the browser.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi, PagefindModule } from './pagefind-types.ts';
import { TieredSearch } from './tiers.ts';
import { fetchPacks } from './headline-packs.ts';
import { DELTA_FILE, DELTA_FOLDER, withDelta, type DeltaInfo } from './merged-pagefind.ts';

let shimmed = false;
/** Lets `fetch` read file: URLs (once per process); other URLs go to the real fetch. */
export function shimFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return original(input, init);
    const u = new URL(url);
    u.search = ''; // pagefind-entry.json?ts=…
    try {
      return new Response(await readFile(fileURLToPath(u)), { status: 200 });
    } catch {
      return new Response(null, { status: 404, statusText: 'Not Found' });
    }
  };
}

/** A Pagefind instance over `bundleDir` (the folder holding pagefind.js), ready to search. */
export async function loadPagefind(bundleDir: string): Promise<PagefindApi & { destroy(): Promise<void> }> {
  shimFetch();
  const dir = resolve(bundleDir);
  const mod = (await import(pathToFileURL(join(dir, 'pagefind.js')).href)) as PagefindModule;
  const instance = mod.createInstance({ basePath: `${pathToFileURL(dir).href}/`, baseUrl: '/', noWorker: true });
  await instance.init();
  return instance;
}

/** Folder of the headline index inside the full-text bundle (see src/integrations/search-index.ts). */
export const HEADLINE_SUBFOLDER = 'tieu-de';

/**
 * Both search tiers over a built bundle (dist/pagefind/), opened when first asked.
 * A bundle without a headline index (built before it existed) searches full text only.
 */
export function openTiered(bundleDir: string): { search: TieredSearch; destroy: () => Promise<void> } {
  const opened: (PagefindApi & { destroy(): Promise<void> })[] = [];
  const load = async (dir: string) => {
    const pf = await loadPagefind(dir);
    opened.push(pf);
    return pf;
  };
  const headline = join(bundleDir, HEADLINE_SUBFOLDER);
  shimFetch();
  // The full text: a base and, after a build that indexed only the pages changed, a delta.
  const openFull = async (): Promise<PagefindApi> => {
    const infoFile = join(bundleDir, DELTA_FILE);
    const info = existsSync(infoFile) ? (JSON.parse(await readFile(infoFile, 'utf8')) as DeltaInfo) : { delta: false, stale: [] };
    const base = await load(bundleDir);
    const delta = info.delta ? await load(join(bundleDir, DELTA_FOLDER)) : undefined;
    return withDelta(base, info, () => delta!);
  };
  const search = new TieredSearch(openFull, existsSync(join(headline, 'pagefind.js')) ? () => load(headline) : undefined, fetchPacks(`${pathToFileURL(headline).href}/`));
  return { search, destroy: async () => void (await Promise.all(opened.map((p) => p.destroy()))) };
}

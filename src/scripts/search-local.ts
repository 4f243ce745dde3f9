/**
 * Opens the search over the site's Pagefind indexes (headlines first, full text
 * on demand, itself a base and perhaps a delta of the pages changed since), in
 * whichever thread runs it: the search worker, or the page itself where a
 * browser has no module workers.
 */
import type { DeltaInfo } from '../lib/search/merged-pagefind.ts';
import type { PagefindModule } from '../lib/search/pagefind-types.ts';
import { SearchService } from '../lib/search/service.ts';
import { TieredSearch } from '../lib/search/tiers.ts';
import { fetchPacks } from '../lib/search/headline-packs.ts';

/** Rejects with an Error whose message is "index" when Pagefind's files cannot be loaded. */
export async function openSearch(base: string): Promise<SearchService> {
  let mod: PagefindModule;
  try {
    mod = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  } catch {
    // `astro dev` has no index: it is written by `npm run build`.
    throw new Error('index');
  }
  // One module serves every index: its WebAssembly is loaded once (instances are opened in turn).
  const instance = (folder: string) => mod.createInstance({ basePath: `${base}${folder}`, baseUrl: '/', noWorker: true, excerptLength: 0 });
  // The full text (and the code that merges its delta) loads only when first asked.
  const openFull = async () => {
    const { DELTA_FILE, DELTA_FOLDER, withDelta } = await import('../lib/search/merged-pagefind.ts');
    const info = (await fetch(`${base}pagefind/${DELTA_FILE}`).then(
      (r) => (r.ok ? r.json() : undefined),
      () => undefined,
    )) as DeltaInfo | undefined;
    return withDelta(instance('pagefind/'), info ?? { delta: false, stale: [] }, () => instance(`pagefind/${DELTA_FOLDER}/`));
  };
  return new SearchService(new TieredSearch(openFull, async () => instance('pagefind/tieu-de/'), fetchPacks(`${base}pagefind/tieu-de/`)));
}

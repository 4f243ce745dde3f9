/**
 * Builds the Pagefind index of a built site, in a process of its own:
 *
 *   node scripts/index-search.ts <dist> [--force]
 *
 * `npm run build` runs it after `astro build` has exited (which then skips its own
 * indexing, GS_INDEX_LATER=1), so Astro's memory is given back before Pagefind's is
 * taken. The base path is the one Astro built with, which the build leaves in the
 * site for this step (BASE_FILE) and this step removes.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASE_FILE, buildSearchIndex, indexFailure, indexSummary, searchCacheDir } from '../src/integrations/search-index.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('Cách dùng: node scripts/index-search.ts <thư mục đã dựng>');
  process.exit(2);
}
const started = Date.now();
// The base Astro built with (written by the build's last step), else BASE_PATH as given.
const baseFile = join(resolve(dir), BASE_FILE);
const base = existsSync(baseFile) ? readFileSync(baseFile, 'utf8') : (process.env['BASE_PATH'] ?? '/');
rmSync(baseFile, { force: true });
// `--force` (from `npm run build -- --force`) indexes everything again, ignoring the cache.
const r = await buildSearchIndex(resolve(dir), base, { cacheDir: searchCacheDir(), force: process.argv.includes('--force') });
if (r.errors.length) {
  for (const e of r.errors) console.error(e);
  console.error(indexFailure(r));
  process.exit(1);
}
console.log(indexSummary(r, Date.now() - started));

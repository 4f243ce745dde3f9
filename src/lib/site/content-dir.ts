/** Where content is read from: `./content`, or `CONTENT_DIR` for tests and benchmarks. */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

export const contentDir = (): string => resolve(process.env.CONTENT_DIR ?? './content');

/**
 * Astro's build cache for one content folder. Astro's glob loader reuses a cached entry whose
 * text is unchanged together with the file path it was first read from, so one cache shared by
 * two content folders resolves images against the other (possibly deleted) folder. The default
 * `./content` keeps Astro's usual folder; any other folder gets its own subfolder.
 */
export function cacheDirFor(dir: string, base = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro'): string {
  if (dir === resolve('./content')) return base;
  return join(base, `content-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`);
}

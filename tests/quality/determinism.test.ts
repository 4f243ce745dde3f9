/**
 * Two builds of the same content, each from a cold cache into a different
 * folder, produce byte-identical output: no build time, random id, absolute
 * build path or unstable ordering leaks into dist/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build/build-helpers.ts';
import { SCRATCH } from '../support/site-setup.ts';
import { builtSite, CONTENT, fileDigests } from '../support/site.ts';

/**
 * Files whose content depends on the moment of the build, by design: the news
 * sitemap lists the stories of the two days before the build, and the sitemap
 * index gives that sitemap's newest date. They may differ; they must still exist.
 */
const TIME_DEPENDENT = new Set(['sitemap-news.xml', 'sitemap-index.xml']);

const digests = (dir: string): Map<string, string> => new Map(Object.entries(fileDigests(dir)));

describe('reproducible builds', () => {
  let first: string;
  let secondRoot: string;
  let second: string;
  beforeAll(() => {
    first = builtSite();
    // Inside the project, like the shared build (see SCRATCH), with its own cold cache.
    secondRoot = mkdtempSync(join(SCRATCH, 'gs-again-'));
    const r = build(CONTENT, join(secondRoot, 'dist'), { ASTRO_CACHE_DIR: join(secondRoot, 'cache') });
    if (r.status !== 0) throw new Error(r.output);
    second = r.outDir;
  });
  afterAll(() => {
    if (secondRoot) rmSync(secondRoot, { recursive: true, force: true });
  });

  it('writes the same files with the same bytes, but for the time-dependent ones listed', () => {
    const a = digests(first);
    const b = digests(second);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
    expect(differing.filter((f) => !TIME_DEPENDENT.has(f))).toEqual([]);
    for (const f of TIME_DEPENDENT) expect(a.has(f), f).toBe(true);
    // The comparison covers the whole site: pages, assets, feeds and the search index.
    expect(a.size).toBeGreaterThan(100);
    expect([...a.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
  });
});

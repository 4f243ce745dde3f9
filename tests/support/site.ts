/**
 * The built sample site, shared by every e2e and quality test file of a run:
 * the first file to call `builtSite()` builds content/ into the folder that the
 * global setup (site-setup.ts) made; later files find it there. A failed build is
 * remembered, so later files fail at once with the same output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { build, ROOT } from '../build/build-helpers.ts';

export const CONTENT = join(ROOT, 'content');

export function builtSite(): string {
  const root = inject('siteRoot');
  const dist = join(root, 'dist');
  const done = join(root, 'built');
  const failed = join(root, 'failed');
  const lock = join(root, 'lock');
  // Test files run one at a time (vitest.config.ts), but guard anyway: wait for a build in progress.
  for (;;) {
    if (existsSync(done)) return dist;
    if (existsSync(failed)) throw new Error(`Building content/ failed:\n${readFileSync(failed, 'utf8')}`);
    try {
      mkdirSync(lock);
      break;
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    const r = build(CONTENT, dist, { ASTRO_CACHE_DIR: join(root, 'cache') });
    if (r.status !== 0) {
      writeFileSync(failed, r.output);
      throw new Error(`Building content/ failed:\n${r.output}`);
    }
    writeFileSync(done, '');
    return dist;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Every file under `dir`, as sorted '/'-separated relative paths. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).replaceAll('\\', '/'))
    .sort();

/** The site path of a built HTML file: "a/index.html" → "/a/", "404.html" → "/404.html". */
export const pathOfHtml = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

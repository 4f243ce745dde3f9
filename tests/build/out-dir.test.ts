/**
 * `npm run build` into an output folder anywhere: beside the project with a name
 * that starts with the project's own path (Astro 7 tests "inside the project" with
 * a bare string prefix and then cannot load its own chunks), and inside it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CACHE_DIR, FIXTURE, ROOT } from './build-helpers.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const buildInto = (outDir: string) => {
  made.push(outDir);
  rmSync(outDir, { recursive: true, force: true });
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k)));
  const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts'], {
    cwd: ROOT,
    env: { ...env, CONTENT_DIR: FIXTURE, OUT_DIR: outDir, ASTRO_CACHE_DIR: CACHE_DIR, GS_SEARCH_CACHE: `${outDir}-search-cache` },
    encoding: 'utf8',
    timeout: 300_000,
  });
  made.push(`${outDir}-search-cache`);
  return r;
};

describe('npm run build writes wherever OUT_DIR points', () => {
  it('into a folder beside the project whose path starts with the project’s', () => {
    const out = `${ROOT}-dist-${process.pid}`;
    const r = buildInto(out);
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'tieu-de', 'pagefind-entry.json'))).toBe(true);
    // Nothing of the build left beside it or in the project.
    expect(readdirSync(join(ROOT, '..')).filter((n) => n.startsWith(`${ROOT.split('/').pop()}-dist-${process.pid}.`))).toEqual([]);
    expect(readdirSync(join(ROOT, 'node_modules/.cache/gs-build')).filter((n) => n.endsWith(`-${r.pid}`))).toEqual([]);
  });

  it('into a folder inside the project, removing what a killed build left in staging', () => {
    // A build killed halfway leaves its staging folder; its process (here, one that cannot exist) is gone.
    const left = join(ROOT, 'node_modules/.cache/gs-build/dist-4194304');
    mkdirSync(join(left, 'van-ban'), { recursive: true });
    const out = join(ROOT, 'node_modules', '.cache', `gs-out-${process.pid}`);
    const r = buildInto(out);
    expect(existsSync(left)).toBe(false);
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});

/**
 * Builds that test files share. Building a site takes most of a minute, so each
 * content folder is built once per test run for each set of environment variables,
 * by the first test file that asks for it, into the folder that the global setup
 * (site-setup.ts) made; later files, in any project, find it there. A failed build
 * is remembered, so later files fail at once with the same output.
 *
 * A shared build is read-only. A test that changes a site, or builds over one to see
 * it survive a failed build, works on `copyOfSite()`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { build, FIXTURE, ROOT } from '../build/build-helpers.ts';

/** The real sample content. */
export const CONTENT = join(ROOT, 'content');

/** The site URL of fixture builds (astro.config.mjs's default, given explicitly so tests can rely on it). */
export const FIXTURE_SITE_URL = 'https://guongsang.example.vn';

/**
 * The output folder of `astro build` of `contentDir` with `env`, built on first use.
 * Builds with different env (BASE_PATH, DRAFTS, …) are different builds: make those
 * with `build()` from build-helpers.ts instead.
 */
export function sharedBuild(contentDir: string, env: Record<string, string> = {}): string {
  const key = createHash('sha256')
    .update(JSON.stringify([resolve(contentDir), Object.entries(env).sort(([a], [b]) => a.localeCompare(b))]))
    .digest('hex')
    .slice(0, 16);
  const root = join(inject('siteRoot'), key);
  mkdirSync(root, { recursive: true });
  const dist = join(root, 'dist');
  const done = join(root, 'built');
  const failed = join(root, 'failed');
  const lock = join(root, 'lock');
  const what = `Building ${contentDir} (${JSON.stringify(env)})`;
  // Heavy test files run one at a time (vitest.config.ts), but guard anyway: wait for a build in progress.
  for (;;) {
    if (existsSync(done)) return dist;
    if (existsSync(failed)) throw new Error(`${what} failed:\n${readFileSync(failed, 'utf8')}`);
    try {
      mkdirSync(lock);
      break;
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    const r = build(contentDir, dist, { ASTRO_CACHE_DIR: join(root, 'cache'), ...env });
    if (r.status !== 0) {
      writeFileSync(failed, r.output);
      throw new Error(`${what} failed:\n${r.output}`);
    }
    writeFileSync(done, '');
    return dist;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The sample site: content/ built with the default env. */
export const builtSite = (): string => sharedBuild(CONTENT);

/** The fixture site: tests/fixtures/content built with the default env and FIXTURE_SITE_URL. */
export const fixtureSite = (): string => sharedBuild(FIXTURE, { SITE_URL: FIXTURE_SITE_URL });

/** A private, writable copy of a built site, in a fresh temporary folder. */
export function copyOfSite(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'gs-dist-'));
  cpSync(dist, copy, { recursive: true });
  return copy;
}

/** Every file under `dir`, as sorted '/'-separated relative paths. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .replaceAll('\\', '/'),
    )
    .sort();

/** Relative path → SHA-256 of the bytes of every file under `dir` (those `keep` accepts), to compare two built sites. */
export const fileDigests = (dir: string, keep: (path: string) => boolean = () => true): Record<string, string> =>
  Object.fromEntries(
    filesUnder(dir)
      .filter(keep)
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );

/** The site path of a built HTML file: "a/index.html" → "/a/", "404.html" → "/404.html". */
export const pathOfHtml = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Runs real `astro build`s against fixture content folders, into temporary output folders. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = join(ROOT, 'tests/fixtures/content');
/** One Astro cache per test run, apart from the developer's own. */
export const CACHE_DIR = mkdtempSync(join(tmpdir(), 'gs-cache-'));

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Vitest puts Vite's own variables in process.env (BASE_URL=/, MODE=test, DEV=1, PROD, SSR,
 * NODE_ENV=test). A child `astro build` would read them as import.meta.env.*: BASE_PATH builds
 * lose their base and components render their dev-only attributes. Builds run without them.
 */
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
const parentEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.has(k)));

export function build(contentDir: string, outDir = mkdtempSync(join(tmpdir(), 'gs-dist-')), env: Record<string, string> = {}): BuildResult {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...parentEnv(), CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: CACHE_DIR, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/** A writable copy of the fixture content, to break on purpose. */
export function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gs-content-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

export const page = (outDir: string, path: string): string => readFileSync(join(outDir, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');

/** Text content of the first element matching a simple class selector, tags stripped. */
export function textOf(html: string, className: string): string | undefined {
  const m = new RegExp(`<(\\w+)[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m
    ? m[2]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : undefined;
}

/** Runs one of the project's scripts (`scripts/build.ts`, `scripts/check.ts` …) under the project's Node; its output as one text. */
export function runScript(script: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), [script], { cwd: options.cwd, env: options.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

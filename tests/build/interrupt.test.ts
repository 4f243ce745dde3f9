/**
 * Stopping `npm run build` halfway: its steps stop with it, dist/ stays byte for
 * byte the previous build, and nothing of the stopped build is left (no staging
 * folder, no process). What builds killed outright left is removed by the next one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { CACHE_DIR, FIXTURE, ROOT } from './build-helpers.ts';
import { fileDigests } from '../support/site.ts';

const WORK = join(ROOT, 'node_modules/.cache/gs-build');
const parent = mkdtempSync(join(tmpdir(), 'gs-interrupt-'));
const out = join(parent, 'dist');
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k))),
  CONTENT_DIR: FIXTURE,
  OUT_DIR: out,
  ASTRO_CACHE_DIR: CACHE_DIR,
  GS_SEARCH_CACHE: join(parent, 'search-cache'),
};

afterAll(() => rmSync(parent, { recursive: true, force: true }));

const hashes = (dir: string): Record<string, string> => fileDigests(dir);

/** A process still running (a zombie, waiting to be reaped, has ended). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** All descendants of a process, from /proc (children of children too). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …": the command may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // Ended meanwhile.
    }
  }
  const all: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      all.push(c);
      walk(c);
    }
  };
  walk(pid);
  return all;
}

const commandOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
};

async function until(test: () => boolean, ms: number, step = 50): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await new Promise((ok) => setTimeout(ok, step));
  }
  return test();
}

/** The target's staging folder, as scripts/build.ts names it: one per target, the same on every build. */
const stagingFor = (target: string) => join(WORK, `dist-${createHash('sha256').update(resolve(target)).digest('hex').slice(0, 12)}`);

/**
 * Starts a build, waits for its staging folder and for `ready` (the step to stop in),
 * records its processes, then sends `signal` (to the process, or its process group).
 */
async function stopHalfway(signal: NodeJS.Signals, group: boolean, ready: (pids: number[]) => boolean, settle: number) {
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: group });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  const pid = child.pid!;
  const staging = stagingFor(out);
  let pids: number[] = [];
  const reached = await until(
    () => {
      pids = descendants(pid);
      return existsSync(staging) && ready(pids);
    },
    240_000,
    20,
  );
  expect(reached, `the build never reached the step to stop in:\n${output.slice(-3000)}`).toBe(true);
  // Let it get going in there (the index step of a small site is over in a second: not there).
  await new Promise((ok) => setTimeout(ok, settle));
  pids = [...new Set([...pids, ...descendants(pid)])];
  expect(pids.length).toBeGreaterThan(0);
  process.kill(group ? -pid : pid, signal);
  const code = await exited;
  return { code, output, pids, staging };
}

describe('a stopped build', () => {
  let before: Record<string, string>;

  beforeAll(() => {
    // What killed builds left: beside the target (this script's and an older one's), and in staging.
    for (const name of ['dist.new-4194304', 'dist.old-4194304', 'dist.staging-4194304']) mkdirSync(join(parent, name, 'bai-viet'), { recursive: true });
    mkdirSync(join(WORK, 'dist-4194303', 'van-ban'), { recursive: true });
    const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
    before = hashes(out);
  });

  it('removes what builds killed outright left', () => {
    expect(readdirSync(parent).filter((n) => n.startsWith('dist.'))).toEqual([]);
    expect(existsSync(join(WORK, 'dist-4194303'))).toBe(false);
    expect(Object.keys(before)).toContain('index.html');
  });

  const check = async (r: Awaited<ReturnType<typeof stopHalfway>>, signal: number) => {
    expect(r.code, r.output.slice(-3000)).toBe(128 + signal);
    expect(r.output).toMatch(/Đã dừng dựng trang; bản cũ trong .* vẫn giữ nguyên\./);
    // No step left running: every process the build had started has ended.
    expect(
      await until(() => r.pids.every((p) => !alive(p)), 10_000),
      r.pids
        .filter(alive)
        .map((p) => `${p}: ${commandOf(p)}`)
        .join('\n'),
    ).toBe(true);
    // Nothing of it left: no staging folder or lock, nothing beside the target.
    expect(existsSync(r.staging)).toBe(false);
    expect(existsSync(`${r.staging}.lock`)).toBe(false);
    expect(readdirSync(parent).filter((n) => n.startsWith(`${basename(out)}.`))).toEqual([]);
    // The previous build, byte for byte.
    expect(hashes(out)).toEqual(before);
    expect(dirname(r.staging)).toBe(WORK);
  };

  it('SIGTERM to the build during astro build: astro and its helpers end, dist/ untouched', async () => {
    const r = await stopHalfway('SIGTERM', false, (pids) => pids.some((p) => /astro(\.js|\.mjs)?\s+build/.test(commandOf(p))), 300);
    await check(r, 15);
  });

  it('Ctrl+C (SIGINT to the process group) during the index step: the index step ends, dist/ untouched', async () => {
    const r = await stopHalfway('SIGINT', true, (pids) => pids.some((p) => commandOf(p).includes('index-search.ts')), 0);
    await check(r, 2);
  });

  it('the next build starts clean and succeeds; the site it replaced is removed after it exits', async () => {
    writeFileSync(join(out, 'stale-file.txt'), 'from before');
    const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
    expect(existsSync(join(out, 'stale-file.txt'))).toBe(false);
    // Removed by a process of its own, so the build need not wait for it: gone within seconds.
    const oldSite = () => readdirSync(parent).filter((n) => n.startsWith('dist.'));
    for (let waited = 0; oldSite().length && waited < 30_000; waited += 200) await new Promise((done) => setTimeout(done, 200));
    expect(oldSite()).toEqual([]);
    expect(
      readdirSync(WORK)
        .filter((n) => /^dist-\d+$/.test(n) && n !== `dist-${r.pid}`)
        .filter((n) => !alive(Number(n.slice(5)))),
    ).toEqual([]);
    expect(existsSync(stagingFor(out))).toBe(false);
    expect(existsSync(`${stagingFor(out)}.lock`)).toBe(false);
  });
});

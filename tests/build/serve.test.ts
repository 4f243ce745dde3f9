/**
 * `npm start` / `npm run preview` (scripts/serve.ts) serves a built site with the
 * headers its own _headers gives each path, as the host does: the local preview
 * runs under the production policy (CSP, cache lifetimes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-helpers.ts';
import { fixtureSite } from '../support/site.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/publish/headers-file.ts';

/** The fixture site, shared with other test files: read only. */
let site: string;
const servers: ChildProcess[] = [];

beforeAll(() => {
  site = fixtureSite();
});
afterAll(() => {
  for (const s of servers) s.kill();
});

/** Starts scripts/serve.ts on any free port; the URL it prints. */
async function serve(env: Record<string, string> = {}): Promise<{ url: string; printed: string }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['scripts/serve.ts', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: site, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  const printed = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (/Xem trang tại: \S+/.test(out)) ok(out);
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => fail(new Error(`serve.ts exited with ${code}: ${out}`)));
  });
  return { url: /Xem trang tại: (\S+)/.exec(printed)![1]!, printed };
}

const get = (url: string) => fetch(url, { redirect: 'manual' });

describe('the local preview', () => {
  it('sends the headers _headers gives a page, an /_astro/ asset and a /pagefind/ file', async () => {
    const { url, printed } = await serve();
    expect(printed).toMatch(/^Xem trang tại: http:\/\/localhost:\d+\/\n/);
    const rules = parseHeadersFile(readFileSync(join(site, '_headers'), 'utf8'));
    const asset = readdirSync(join(site, '_astro')).find((n) => n.endsWith('.css') || n.endsWith('.js'))!;
    const cases: [string, string][] = [
      ['/', 'text/html; charset=utf-8'],
      ['/bai-viet/', 'text/html; charset=utf-8'],
      [`/_astro/${asset}`, asset.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8'],
      ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
      ['/rss.xml', 'application/xml; charset=utf-8'],
    ];
    for (const [path, type] of cases) {
      const res = await get(new URL(path.slice(1), url).href);
      expect(res.status, path).toBe(200);
      const want = headersFor(rules, path);
      expect(res.headers.get('content-security-policy'), path).toBe(want['content-security-policy']);
      expect(res.headers.get('cache-control'), path).toBe(want['cache-control']);
      for (const [name, value] of Object.entries(want)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      expect(res.headers.get('content-type'), path).toBe(type);
    }
    // The three lifetimes differ: each path got its own rule.
    const lifetimes = await Promise.all(['', `_astro/${asset}`, 'pagefind/pagefind.js'].map(async (p) => (await get(new URL(p, url).href)).headers.get('cache-control')));
    expect(new Set(lifetimes).size).toBe(3);
    expect(lifetimes[1]).toContain('immutable');
  });

  it('gives a folder its index.html, redirects it without the slash, and 404.html for a miss', async () => {
    const { url } = await serve();
    const folder = await get(new URL('bai-viet', url).href);
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/bai-viet/');
    const index = await get(new URL('bai-viet/', url).href);
    expect(await index.text()).toBe(readFileSync(join(site, 'bai-viet/index.html'), 'utf8'));
    const miss = await get(new URL('khong-co-trang-nay/', url).href);
    expect(miss.status).toBe(404);
    expect(await miss.text()).toBe(readFileSync(join(site, '404.html'), 'utf8'));
    expect(miss.headers.get('content-security-policy')).toBeTruthy();
    // Nothing outside the site.
    expect((await get(new URL('..%2f..%2fpackage.json', url).href)).status).toBe(404);
    expect((await get(new URL('%E0%A4%A', url).href)).status).toBe(400);
  });

  it('serves under BASE_PATH, matching _headers against the path below it', async () => {
    const { url } = await serve({ BASE_PATH: '/guong-sang' });
    expect(url).toMatch(/^http:\/\/localhost:\d+\/guong-sang\/$/);
    const root = await get(new URL('/', url).href);
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/guong-sang/');
    const rules = parseHeadersFile(readFileSync(join(site, '_headers'), 'utf8'));
    const asset = readdirSync(join(site, '_astro'))[0]!;
    const res = await get(new URL(`_astro/${asset}`, url).href);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(headersFor(rules, `/_astro/${asset}`)['cache-control']);
    expect((await get(new URL('pagefind/pagefind.js', url).href)).headers.get('cache-control')).toBe(headersFor(rules, '/pagefind/pagefind.js')['cache-control']);
    // Outside the base: not the site.
    expect((await get(new URL(`/_astro/${asset}`, url).href)).status).toBe(404);
  });
});

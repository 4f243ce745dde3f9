/**
 * The trust boundary, built for real:
 * - every hostile fixture makes `npm run build` fail and leaves the previous dist/ byte for byte;
 * - with the content check switched off (GS_SKIP_CONTENT_CHECK=1), the renderer alone publishes
 *   nothing outside the body policy: each hostile story's body, parsed by an HTML parser, holds
 *   only allowed elements, attributes and URLs; the few files it cannot render stop the build;
 * - served with no Content-Security-Policy at all, no script from content runs in Chromium.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlToHast } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_TAGS } from '../../src/lib/content/body-policy.ts';
import type { BodyNode } from '../../src/lib/content/sanitize-body.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { contentWithHostile, hostileFiles } from '../support/hostile.ts';
import { FIXTURE, ROOT, runScript } from './build-helpers.ts';
import { fileDigests } from '../support/site.ts';
import { HOSTILE_CASES } from '../unit/content/hostile-cases.ts';

/** Files the renderer cannot turn into a page at all: the build stops on them, check or no check. */
const BUILD_STOPS = [
  'bai-viet/the-mo-khong-dong.mdx',
  'bai-viet/the-long-sai.mdx',
  'bai-viet/ghi-chu-html.mdx', // not MDX
  'bai-viet/anh-bia-ra-ngoai.md',
  'bai-viet/anh-bia-tuyet-doi.md',
  'bai-viet/anh-bia-svg.md', // cover path refused by the schema
  'bai-viet/anh-bia-hong.md',
  'bai-viet/anh-bia-cut.md',
  'bai-viet/anh-bia-rong.md',
  'bai-viet/anh-bia-svg-doi-ten.md', // not a publishable picture
];

const CACHE = mkdtempSync(join(tmpdir(), 'gs-hostile-cache-'));
const temp: string[] = [CACHE];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

const env = (extra: Record<string, string>) => {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, ...rest } = process.env;
  return { ...rest, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`, ASTRO_CACHE_DIR: CACHE, GS_SEARCH_CACHE: join(CACHE, 'search'), ...extra };
};

/** `npm run build` (scripts/build.ts) as the deployer runs it. */
const runBuild = (contentDir: string, outDir: string, extra: Record<string, string> = {}) =>
  runScript(join(ROOT, 'scripts/build.ts'), { cwd: ROOT, env: env({ CONTENT_DIR: contentDir, OUT_DIR: outDir, ...extra }) });

/** `npm run check` on a content folder. */
const runCheck = (contentDir: string) => runScript(join(ROOT, 'scripts/check.ts'), { cwd: ROOT, env: env({ CONTENT_DIR: contentDir }) });

/** Runs `tasks` two at a time (the machine has two cores); each task is told which of the two it runs in. */
async function twoAtATime<T>(tasks: ((slot: number) => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (slot: number) => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!(slot);
    }
  };
  await Promise.all([worker(0), worker(1)]);
  return out;
}

const digest = (dir: string): Record<string, string> => fileDigests(dir);

let published: string;
let before: Record<string, string>;
beforeAll(async () => {
  published = join(mkdtempSync(join(tmpdir(), 'gs-hostile-dist-')), 'dist');
  temp.push(join(published, '..'));
  const content = mkdtempSync(join(tmpdir(), 'gs-hostile-valid-'));
  temp.push(content);
  cpSync(FIXTURE, content, { recursive: true });
  const r = await runBuild(content, published);
  expect(r.status, r.output).toBe(0);
  before = digest(published);
}, 120_000);

describe('<Video>', () => {
  it('loads nothing from YouTube until the reader clicks, then opens the privacy-enhanced player', async () => {
    const server = await serveStatic(published);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const foreign: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url)) return route.continue();
        foreign.push(url);
        return route.fulfill({ status: 204, body: '' });
      });
      await page.goto(`${server.url}/bai-viet/phong-van-mau/`, { waitUntil: 'networkidle' });
      const open = page.locator('.story-body .video-open');
      expect(await open.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      expect(await open.textContent()).toContain('Xem video: Phóng sự mẫu về nêu gương');
      expect(foreign).toEqual([]);
      await open.click();
      const frame = page.locator('.story-body iframe.video-frame');
      await frame.waitFor();
      expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
      expect(await frame.getAttribute('title')).toBe('Phóng sự mẫu về nêu gương');
      expect(page.url()).toBe(`${server.url}/bai-viet/phong-van-mau/`);
      await expect.poll(() => foreign.some((u) => u.startsWith('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'))).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});

describe('npm run build with one hostile file', () => {
  it('npm run check and npm run build fail on every one, say why at the file and line, and leave the published site byte for byte', async () => {
    // Two published sites, one per build running at a time: a build locks its target.
    const sites = [published, join(mkdtempSync(join(tmpdir(), 'gs-hostile-dist-')), 'dist')];
    temp.push(join(sites[1]!, '..'));
    cpSync(published, sites[1]!, { recursive: true });
    const results = await twoAtATime(
      HOSTILE_CASES.map(([file, messages]) => async (slot) => {
        const content = await contentWithHostile([file]);
        temp.push(content);
        const check = await runCheck(content);
        const r = await runBuild(content, sites[slot]!);
        return { file, messages, check, ...r };
      }),
    );
    for (const r of results) {
      expect(r.check.status, `${r.file}\n${r.check.output}`).toBe(1);
      for (const m of r.messages) expect(r.check.output, r.file).toContain(m.replace(/^bai-viet\//, ''));
      expect(r.status, `${r.file}\n${r.output}`).not.toBe(0);
      // The first line the check prints for the file, as `npm run check` prints it.
      expect(r.output, r.file).toContain(r.messages[0]!.replace(/^bai-viet\//, ''));
      expect(r.output, r.file).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
    for (const site of sites) expect(digest(site)).toEqual(before);
    expect(statSync(published).isDirectory()).toBe(true);
  }, 600_000);
});

describe('the renderer on its own (content check switched off)', () => {
  let site: string;
  beforeAll(async () => {
    const content = await contentWithHostile(hostileFiles().filter((f) => !BUILD_STOPS.includes(f)));
    temp.push(content);
    site = join(mkdtempSync(join(tmpdir(), 'gs-hostile-unchecked-')), 'dist');
    temp.push(join(site, '..'));
    const r = await runBuild(content, site, { GS_SKIP_CONTENT_CHECK: '1' });
    expect(r.status, r.output).toBe(0);
  }, 180_000);

  it('publishes each hostile story with only allowed elements, attributes and URLs in its body', () => {
    const stories = hostileFiles().filter((f) => !BUILD_STOPS.includes(f));
    expect(stories.length).toBeGreaterThanOrEqual(40);
    for (const file of stories) {
      const slug = file.replace(/^bai-viet\//, '').replace(/\.mdx?$/, '');
      const html = readFileSync(join(site, 'bai-viet', slug, 'index.html'), 'utf8');
      expect(html, file).not.toMatch(/root:x:0:0|<iframe|<object|<embed|<base |http-equiv/i);
      const tree = htmlToHast(html) as BodyNode;
      const bodies: BodyNode[] = [];
      const find = (n: BodyNode) => {
        const cls = n.properties?.['className'];
        if (n.type === 'element' && Array.isArray(cls) && cls.includes('story-body')) bodies.push(n);
        else for (const c of n.children ?? []) find(c);
      };
      find(tree);
      expect(bodies, file).toHaveLength(1);
      const check = (n: BodyNode) => {
        // The site's own component script (<Video>'s click-to-load) is not content.
        if (n.type === 'element' && n.tagName === 'script' && /^\/_astro\/Video\.astro_/.test(String(n.properties?.['src'] ?? ''))) return;
        if (n.type === 'element') {
          // The body's own wrapper and what the project's components render are the site's markup.
          expect([...ALLOWED_TAGS, 'picture', 'source', 'footer', 'cite', 'blockquote'], `${file}: <${n.tagName}>`).toContain(n.tagName);
          for (const [name, value] of Object.entries(n.properties ?? {})) {
            expect(name, file).not.toMatch(/^on|^style$|^srcDoc$|^formAction$/i);
            if (['href', 'src', 'srcSet', 'cite'].includes(name)) expect(String(value), file).not.toMatch(/^\s*(javascript|data|vbscript):|^\s*\/\/|evil\.example|\/etc\//i);
          }
        }
        for (const c of n.children ?? []) check(c);
      };
      for (const c of bodies[0]!.children ?? []) check(c);
    }
    // Nothing from outside content/ was copied into the site.
    const files = readdirSync(site, { recursive: true }).map(String);
    expect(files.filter((f) => /passwd|\.svg$/.test(f) && !f.endsWith('favicon.svg'))).toEqual([]);
  });

  it('stops the build on each file it cannot render, leaving the published site whole', async () => {
    // One at a time: these builds get past the check to Astro, and two Astro builds in one
    // project share its generated .astro/ folder.
    const results = [];
    for (const file of BUILD_STOPS) {
      const content = await contentWithHostile([file]);
      temp.push(content);
      results.push({ file, ...(await runBuild(content, published, { GS_SKIP_CONTENT_CHECK: '1' })) });
    }
    for (const r of results) {
      expect(r.status, `${r.file}\n${r.output}`).not.toBe(0);
      expect(r.output, r.file).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
    expect(digest(published)).toEqual(before);
  }, 600_000);

  it('served without any Content-Security-Policy, runs no script from content', async () => {
    expect(existsSync(join(site, '_headers'))).toBe(true);
    const server = await serveStatic(site);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const foreign: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (!url.startsWith(server.url)) {
          foreign.push(url);
          return route.abort();
        }
        return route.continue();
      });
      for (const file of hostileFiles().filter((f) => !BUILD_STOPS.includes(f))) {
        const slug = file.replace(/^bai-viet\//, '').replace(/\.mdx?$/, '');
        await page.goto(`${server.url}/bai-viet/${slug}/`, { waitUntil: 'load' });
        // Click every link and button of the body, as a curious reader would.
        for (const el of await page.locator('.story-body a, .story-body button').all()) await el.click({ timeout: 1000, noWaitAfter: true }).catch(() => undefined);
        await page.waitForTimeout(50);
        if (!page.url().startsWith(`${server.url}/bai-viet/${slug}/`)) await page.goto(`${server.url}/bai-viet/${slug}/`);
        expect(await page.title(), file).not.toBe('hacked');
        expect(await page.evaluate(() => document.querySelectorAll('.story-body script:not([src^="/_astro/Video.astro_"]), .story-body iframe').length), file).toBe(0);
      }
      expect(dialogs).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 300_000);
});

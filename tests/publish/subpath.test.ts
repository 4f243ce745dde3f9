/**
 * A build under a sub-path (BASE_PATH=/guong-sang) with a few stories published
 * in the last hours: every link, asset, feed and sitemap entry stays under the
 * base; the news sitemap, "Tiêu điểm" and "Tin cùng chuyên mục" fill up.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { build, fixtureCopy, type BuildResult } from '../build/build-helpers.ts';
import { isoVn } from '../../src/lib/vi/dateline.ts';
import { parseXml } from './xml.ts';
import { fileForPath, filesOf, jsonLdOf, pathOfHtml, read, urlsIn } from './dist-helpers.ts';

const SITE = 'https://tinh.example.gov.vn';
const BASE = '/guong-sang';
const ROOT = `${SITE}${BASE}/`;
let site: BuildResult;
let html: string[];

const hoursAgo = (h: number) => isoVn(new Date(Date.now() - h * 3600_000));
const fresh = (id: string, title: string, publishedAt: string, extra = '') => `---
title: ${title}
sapo: Tin mới đăng, dùng để kiểm thử sơ đồ trang tin tức.
genre: Tin
section: Xây dựng Đảng
tags: [tin mới]
byline: Phóng viên mẫu
publishedAt: ${publishedAt}
${extra}---
Nội dung tin mới ${id}.
`;

beforeAll(() => {
  const content = fixtureCopy();
  writeFileSync(join(content, 'bai-viet/tin-moi-mot.md'), fresh('1', 'Tin mới thứ nhất', hoursAgo(1), 'featured: true\n'));
  writeFileSync(join(content, 'bai-viet/tin-moi-hai.md'), fresh('2', 'Tin mới thứ hai', hoursAgo(5)));
  writeFileSync(join(content, 'bai-viet/tin-moi-ba.md'), fresh('3', 'Tin mới thứ ba', hoursAgo(30)));
  writeFileSync(join(content, 'bai-viet/tin-cu.md'), fresh('4', 'Tin đã cũ', hoursAgo(24 * 3)));
  site = build(content, undefined, { BASE_PATH: BASE, SITE_URL: SITE });
  if (site.status !== 0) throw new Error(site.output);
  html = filesOf(site.outDir, '.html');
});

const page = (path: string) => read(site.outDir, fileForPath(site.outDir, path)!.slice(site.outDir.length + 1));
/** A URL the site printed, as a path inside dist/; fails when it leaves the base. */
function inside(url: string, where: string): string {
  const path = url.startsWith(SITE) ? url.slice(SITE.length) : url;
  expect(path.startsWith(`${BASE}/`), `${where}: ${url}`).toBe(true);
  return path.slice(BASE.length);
}
const EXTERNAL =
  /^(https:\/\/www\.facebook\.com\/sharer\/|https:\/\/sp\.zalo\.me\/share_inline\?|https:\/\/schema\.org\/|https:\/\/www\.youtube\.com\/watch\?|https:\/\/www\.youtube-nocookie\.com\/embed\/|#|mailto:)/;

describe('a build under a sub-path', () => {
  it('keeps every link, asset and form of every page under the base, and they resolve', () => {
    let checked = 0;
    for (const f of html) {
      for (const url of urlsIn(read(site.outDir, f))) {
        if (EXTERNAL.test(url)) continue;
        const path = inside(url, f);
        checked++;
        if (path.startsWith('/tim-kiem/')) continue; // the search page may be built by another route
        expect(fileForPath(site.outDir, path), `${f}: ${url}`).toBeDefined();
      }
    }
    expect(checked).toBeGreaterThan(html.length * 20);
  });

  it('keeps stylesheet fonts and images under the base', () => {
    for (const css of filesOf(site.outDir, '.css')) {
      for (const m of read(site.outDir, css).matchAll(/url\(([^)]+)\)/g)) {
        const url = m[1]!.replace(/^["']|["']$/g, '');
        if (url.startsWith('data:')) continue;
        expect(fileForPath(site.outDir, inside(url, css)), url).toBeDefined();
      }
    }
  });

  it('keeps feeds, sitemaps and robots.txt under the base', () => {
    const xml = [...filesOf(site.outDir, '.xml')];
    expect(xml).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml', 'sitemap-news.xml', 'sitemap-pages.xml', 'tag/neu-guong/rss.xml']));
    for (const f of xml) {
      const text = read(site.outDir, f);
      parseXml(text);
      for (const m of text.matchAll(/<(?:loc|link)>([^<]+)<|(?:href|url)="([^"]+)"/g)) {
        const url = (m[1] ?? m[2])!.replace(/&amp;/g, '&');
        if (url.startsWith('http://www.') || url.startsWith('http://search.yahoo.com')) continue; // namespaces
        expect(fileForPath(site.outDir, inside(url, f)), `${f}: ${url}`).toBeDefined();
      }
    }
    const robots = page('/robots.txt');
    expect(robots).toContain(`Sitemap: ${ROOT}sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${ROOT}sitemap-news.xml`);
  });

  it('keeps structured data and the search action under the base', () => {
    for (const f of html) {
      const walk = (v: unknown): void => {
        if (typeof v === 'string' && /^https?:\/\//.test(v) && !v.startsWith('https://schema.org')) inside(v, f);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      jsonLdOf(read(site.outDir, f)).forEach(walk);
    }
    const website = jsonLdOf(page('/')).find((d) => d['@type'] === 'WebSite');
    expect(website.potentialAction.target.urlTemplate).toBe(`${ROOT}tim-kiem/?q={search_term_string}`);
    expect(page('/')).toContain(`<link rel="canonical" href="${ROOT}">`);
  });

  it('searches in Chromium under the base: the worker, Pagefind and the results all from inside it', async () => {
    // The site as a host serves it: ${BASE}/… maps to dist/.
    const root = mkdtempSync(join(tmpdir(), 'gs-subpath-'));
    symlinkSync(site.outDir, join(root, BASE.slice(1)));
    const server = await serveStatic(root);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const requested: string[] = [];
      tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
      const workers: string[] = [];
      tab.on('worker', (w) => workers.push(new URL(w.url()).pathname));
      await tab.goto(`${server.url}${BASE}/tim-kiem/?q=${encodeURIComponent('tin moi thu nhat')}`);
      await tab.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-state') === 'done');
      expect(await tab.locator('#search-results .card-title a').first().getAttribute('href')).toBe(`${BASE}/bai-viet/tin-moi-mot/`);
      expect(workers.filter((w) => w.includes('search-worker'))).toHaveLength(1);
      expect(workers.every((w) => w.startsWith(`${BASE}/_astro/`))).toBe(true);
      expect(requested.filter((r) => !r.startsWith(`${BASE}/`))).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lists the stories of the last two days in the news sitemap, newest first', () => {
    const urls = parseXml(page('/sitemap-news.xml')).urlset.url;
    expect(urls.map((u: any) => u.loc)).toEqual([`${ROOT}bai-viet/tin-moi-mot/`, `${ROOT}bai-viet/tin-moi-hai/`, `${ROOT}bai-viet/tin-moi-ba/`]);
    expect(urls[0]['news:news']['news:publication']['news:language']).toBe('vi');
    expect(urls[0]['news:news']['news:title']).toBe('Tin mới thứ nhất');
    const idx = parseXml(page('/sitemap-index.xml')).sitemapindex.sitemap;
    expect(idx[1].lastmod).toMatch(/\+07:00$/);
  });

  it('shows the editor’s pick on the home page once: as the lead, not again in "Tiêu điểm"', () => {
    const h = page('/');
    const titles = (html: string) => [...html.matchAll(/class="card-title"><a href="([^"]+)"/g)].map((m) => m[1]);
    const lead = h.slice(h.indexOf('class="lead"'), h.indexOf('</section>', h.indexOf('class="lead"')));
    // The only pick is also the newest report: it leads the page…
    expect(titles(lead)).toEqual([`${BASE}/bai-viet/tin-moi-mot/`]);
    // …and appears in no other block ("Tiêu điểm" has nothing else to show, so it is left out).
    expect(titles(h).filter((u) => u === `${BASE}/bai-viet/tin-moi-mot/`)).toHaveLength(1);
    expect(h).not.toContain('id="tieu-diem"');
  });

  it('shows "Tin cùng chuyên mục": same section, newest first, none repeated from "Tin khác"', () => {
    const h = page('/bai-viet/tin-cu/');
    const block = (id: string) => {
      const start = h.indexOf(`id="${id}"`);
      return start < 0 ? [] : [...h.slice(start, h.indexOf('</section>', start)).matchAll(/class="card-title"><a href="([^"]+)"/g)].map((m) => m[1]!);
    };
    const same = block('cung-chuyen-muc');
    expect(same.length).toBeGreaterThan(0);
    for (const link of same) {
      expect(block('tin-khac')).not.toContain(link);
      expect(link).not.toBe(`${BASE}/bai-viet/tin-cu/`);
      expect(page(link.slice(BASE.length))).toMatch(/"articleSection":"Xây dựng Đảng"/);
    }
    const dates = same.map((l) => jsonLdOf(page(l.slice(BASE.length))).find((d) => d['@type'] === 'NewsArticle').datePublished);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('files the new stories in this month’s archive', () => {
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' }).format(new Date(Date.now() - 3600_000)).replace('-', '/');
    const h = page(`/${month}/`);
    expect(h).toContain(`${BASE}/bai-viet/tin-moi-mot/`);
    expect(pathOfHtml(`${month}/index.html`)).toBe(`/${month}/`);
  });
});

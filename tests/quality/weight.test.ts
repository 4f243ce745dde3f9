/**
 * Page weight budgets over the built sample site: story pages stay small, no
 * JavaScript ships outside the search page and the reader tools, and every
 * image reserves its box (width and height) so nothing jumps while it loads.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, filesUnder, pathOfHtml } from '../support/site.ts';
import { scripts, tags } from './html.ts';
import { EARLY_PREFS_SCRIPT } from '../../src/lib/publish/reader-prefs.ts';

/** A story page's HTML plus its stylesheets, gzipped: 60 kB. */
const STORY_BUDGET = 60_000;
/** All JavaScript an ordinary page loads (the reader tools), gzipped. */
const READER_TOOLS_BUDGET = 5_000;
const SEARCH_PAGE = '/tim-kiem/';
const STORY = /^\/(bai-viet|hoi-nghi|van-ban|guong-sang\/(ca-nhan|tap-the))\/[^/]+\/$/;
/** Astro names a component's bundled <script> after the component. */
const READER_TOOLS = /^ReaderTools\.astro_astro_type_script/;

const gz = (data: string | Buffer) => gzipSync(data).length;

describe('page weight', () => {
  let dist: string;
  let pages: { path: string; html: string }[];
  /** File in dist/ for a root-relative URL of the site. */
  const fileOf = (url: string) => join(dist, decodeURIComponent(new URL(url, 'https://x/').pathname));
  beforeAll(() => {
    dist = builtSite();
    pages = filesUnder(dist)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ path: pathOfHtml(f), html: readFileSync(join(dist, f), 'utf8') }));
  });

  it(`keeps every story page's HTML + CSS within ${STORY_BUDGET / 1000} kB gzipped`, () => {
    const stories = pages.filter((p) => STORY.test(p.path));
    // Stories of every collection are weighed.
    expect(new Set(stories.map((p) => p.path.split('/')[1]))).toEqual(new Set(['bai-viet', 'hoi-nghi', 'van-ban', 'guong-sang']));
    const over: string[] = [];
    for (const p of stories) {
      const css = tags(p.html)
        .filter((t) => t.name === 'link' && t.attrs['rel'] === 'stylesheet')
        .map((t) => gz(readFileSync(fileOf(t.attrs['href']!))));
      expect(css.length, `${p.path} links no stylesheet`).toBeGreaterThan(0);
      const total = gz(p.html) + css.reduce((a, b) => a + b, 0);
      if (total > STORY_BUDGET) over.push(`${p.path}: ${total} bytes`);
    }
    expect(over).toEqual([]);
  });

  it('ships no JavaScript outside the search page, the reader tools and the early reader-preferences script', () => {
    const offenders: string[] = [];
    for (const p of pages) {
      for (const s of scripts(p.html)) {
        if (s.attrs['type'] === 'application/ld+json') continue; // data, not code
        const src = s.attrs['src'];
        // The one inline script the CSP allows by its hash, byte for byte.
        if (src === undefined) {
          if (s.body !== EARLY_PREFS_SCRIPT) offenders.push(`${p.path}: inline script`);
        } else if (p.path !== SEARCH_PAGE && !READER_TOOLS.test(posix.basename(src))) offenders.push(`${p.path}: ${src}`);
      }
      for (const t of tags(p.html)) {
        if (t.name === 'link' && /modulepreload/.test(t.attrs['rel'] ?? '') && p.path !== SEARCH_PAGE) offenders.push(`${p.path}: preloads ${t.attrs['href']}`);
        // Event handler attributes are inline script too.
        for (const name of Object.keys(t.attrs)) if (/^on[a-z]+$/.test(name)) offenders.push(`${p.path}: ${t.name}[${name}]`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it(`keeps the reader tools, with everything they import, within ${READER_TOOLS_BUDGET / 1000} kB gzipped`, () => {
    // The reader tools sit beside a story: a story page loads them.
    const story = pages.find((p) => p.path.startsWith('/bai-viet/') && p.path.split('/').length === 4)!;
    const entry = scripts(story.html).find((s) => s.attrs['src'] && READER_TOOLS.test(posix.basename(s.attrs['src'])));
    expect(entry, `${story.path} loads the reader tools`).toBeDefined();
    // Follow static and dynamic imports: all of it is JavaScript an ordinary page may load.
    const seen = new Set<string>();
    const queue = [fileOf(entry!.attrs['src']!)];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
        queue.push(m[1]!.startsWith('/') ? fileOf(m[1]!) : join(dirname(file), m[1]!));
      }
    }
    const total = [...seen].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
    expect(total).toBeLessThanOrEqual(READER_TOOLS_BUDGET);
  });

  it('gives every image a width and a height', () => {
    const missing: string[] = [];
    let images = 0;
    for (const p of pages) {
      for (const t of tags(p.html).filter((t) => t.name === 'img')) {
        images++;
        if (!/^\d+$/.test(t.attrs['width'] ?? '') || !/^\d+$/.test(t.attrs['height'] ?? '')) missing.push(`${p.path}: ${t.attrs['src']}`);
      }
    }
    // The sample content has a handful of pictures (covers, portraits, body figures).
    expect(images).toBeGreaterThanOrEqual(5);
    expect(missing).toEqual([]);
  });
});

/**
 * axe-core in Chromium: no violations (WCAG 2.x A and AA, and axe's best
 * practices) on the home page, a story of each collection, a tag page, the
 * honouree directory, the search page showing results, and the 404 page — and
 * on none of them a console error, a failed request or a request elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, pathOfHtml } from '../support/site.ts';
import { SCREENSHOTS, startHarness, STORY_PATH, type Harness } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MISSING = '/trang-khong-co-that/';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe on the page as it is now; one line per violation, with the first elements it concerns. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} elements` : ''}`,
  );
}

let h: Harness;
/** The pages to check: found in beforeAll, read only afterwards. */
const pages: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [];

beforeAll(async () => {
  h = await startHarness();
  const paths = filesUnder(h.dist)
    .filter((f) => f.endsWith('.html'))
    .map(pathOfHtml);
  const first = (re: RegExp) => {
    const p = paths.find((x) => re.test(x));
    if (!p) throw new Error(`no built page matches ${re}`);
    return p;
  };
  pages.push(
    { name: 'home', path: '/' },
    ...['bai-viet', 'hoi-nghi', 'van-ban', 'guong-sang/ca-nhan', 'guong-sang/tap-the'].map((c) => ({
      name: `story in ${c}`,
      path: first(new RegExp(`^/${c}/[^/]+/$`)),
    })),
    { name: 'tag page', path: first(/^\/tag\/[^/]+\/$/) },
    { name: 'honouree directory', path: '/guong-sang/' },
    {
      name: 'search with results',
      path: '/tim-kiem/?q=neu+guong',
      ready: (p) => p.locator('#search-results a[href]').first().waitFor({ state: 'visible', timeout: 20_000 }),
    },
    { name: '404 page', path: MISSING },
  );
  expect(pages.filter((p) => p.name.startsWith('story')).every((p) => STORY_PATH.test(p.path))).toBe(true);
  h.missing.add(MISSING);
});
afterAll(async () => {
  await h?.close();
});

/** Each test on a page of its own, in a fresh browser context: no reader preferences left by another. */
let page: Page;
beforeEach(async () => {
  h.problems.length = 0;
  page = await h.newPage();
});
afterEach(async () => {
  // Whatever a test checks, its pages met no console error, failed request or request to another host
  // (read before closing the page, which cancels what it still loads).
  const problems = [...h.problems];
  await page?.close();
  expect(problems).toEqual([]);
});

describe('accessibility (axe-core)', () => {
  it('finds no violation on any of the pages', async () => {
    const found: string[] = [];
    for (const p of pages) {
      const response = await page.goto(`${h.server.url}${p.path}`, { waitUntil: 'load' });
      expect(response?.status(), p.path).toBe(p.path === MISSING ? 404 : 200);
      await p.ready?.(page);
      for (const v of await axeViolations(page)) found.push(`${p.name} ${p.path}: ${v}`);
    }
    await page.screenshot({ path: join(SCREENSHOTS, '404.png'), fullPage: true });
    expect(found).toEqual([]);
  });

  it('finds none with the reader tools on: high contrast and the largest text', async () => {
    await page.goto(`${h.server.url}${pages[1]!.path}`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Tương phản cao' }).click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await expect(page.locator('html').getAttribute('data-tuong-phan')).resolves.toBe('cao');
    await page.screenshot({ path: join(SCREENSHOTS, 'tuong-phan-cao.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('catches a real violation (the check works)', async () => {
    await page.goto(`${h.server.url}/`, { waitUntil: 'load' });
    await page.evaluate(() => document.documentElement.removeAttribute('lang'));
    const found = await axeViolations(page);
    expect(found.some((v) => v.startsWith('html-has-lang'))).toBe(true);
  });
});

/**
 * A reader's way through the site, in Chromium, clicking real links:
 * home → story → tag page → directive → honouree → search typed without
 * diacritics → the result. A screenshot of each step goes to test-results/e2e/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startHarness, STORY_PATH, unaccented, type Harness } from './harness.ts';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage();
});
afterAll(async () => {
  await h?.close();
});

const path = () => new URL(page.url()).pathname;
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
/** Hrefs of the links inside `scope` whose path matches `pattern`, in page order. */
const linksIn = async (scope: string, pattern: RegExp): Promise<string[]> =>
  (await page.locator(`${scope} a[href]`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).filter((p) => pattern.test(p));
/** Clicks the first link in `scope` to `href` and waits for the new page. */
async function follow(scope: string, href: string): Promise<void> {
  await Promise.all([page.waitForURL((u) => u.pathname === href), page.locator(`${scope} a[href="${href}"]`).first().click()]);
  await page.waitForLoadState('load');
}

describe('a reader browsing and searching', () => {
  // One test, not one per step: each step starts where the previous one left the reader
  // (the page, the story, the honouree), so the steps cannot run or fail on their own.
  it('goes home → story → tag page → directive → honouree → search without diacritics → the result, meeting no error on the way', async () => {
    // Home: follow a story.
    const response = await page.goto(`${h.server.url}/`, { waitUntil: 'load' });
    // Served with the site's own headers: a Content-Security-Policy violation would be a console error.
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await expect(page.title()).resolves.toContain('Gương Sáng');
    await shot('01-trang-chu');
    const stories = await linksIn('main', /^\/(bai-viet|hoi-nghi)\/[a-z0-9-]+\/$/);
    expect(stories.length, 'story links on the home page').toBeGreaterThan(0);
    const story = stories[0]!;
    await follow('main', story);
    expect(path()).toBe(story);
    await expect(page.locator('h1.story-title').isVisible()).resolves.toBe(true);
    await expect(page.locator('.sapo').textContent()).resolves.toMatch(/\S/);
    await shot('02-bai');

    // A tag of the story: its page lists the story.
    const tags = await linksIn('.tag-row', /^\/tag\/[a-z0-9-]+\/$/);
    expect(tags.length, `tags of ${story}`).toBeGreaterThan(0);
    const tagName = (await page.locator(`.tag-row a[href="${tags[0]}"]`).first().textContent())!.trim();
    await follow('.tag-row', tags[0]!);
    await expect(page.locator('main h1').textContent()).resolves.toContain(tagName);
    // The tag may be paginated; the story is on one of its pages, here or later.
    const listed = [...(await linksIn('main', STORY_PATH))];
    for (const next of await linksIn('.pagination', /\/trang-\d+\/$/)) {
      if (listed.includes(story)) break;
      await page.goto(`${h.server.url}${next}`, { waitUntil: 'load' });
      listed.push(...(await linksIn('main', STORY_PATH)));
    }
    expect(listed, `tag page ${tags[0]}`).toContain(story);
    await shot('03-tag');

    // A directive page.
    let directives = await linksIn('main', /^\/van-ban\/[a-z0-9-]+\/$/);
    if (!directives.length) {
      // Not every tag has a directive: take the "Văn bản" menu, as a reader would.
      await follow('.main-nav', '/van-ban/');
      directives = await linksIn('main', /^\/van-ban\/[a-z0-9-]+\/$/);
    }
    expect(directives.length, 'directive links').toBeGreaterThan(0);
    await follow('main', directives[0]!);
    expect(path()).toBe(directives[0]);
    await expect(page.locator('h1.story-title').isVisible()).resolves.toBe(true);
    await shot('04-van-ban');

    // On to an honouree page.
    const pattern = /^\/guong-sang\/(ca-nhan|tap-the)\/[a-z0-9-]+\/$/;
    let honourees = await linksIn('main', pattern);
    if (!honourees.length) {
      await follow('.main-nav', '/guong-sang/');
      honourees = await linksIn('main', pattern);
    }
    expect(honourees.length, 'honouree links').toBeGreaterThan(0);
    await follow('main', honourees[0]!);
    const honouree = { path: path(), name: (await page.locator('h1.story-title').textContent())!.trim() };
    expect(honouree.name).toMatch(/\S/);
    await shot('05-guong-sang');

    // That honouree searched for without diacritics from the header box; the result opened.
    const query = unaccented(honouree.name).toLowerCase();
    expect(query).toMatch(/^[\x20-\x7e]+$/);
    await page.fill('#header-q', query);
    await Promise.all([page.waitForURL((u) => u.pathname === '/tim-kiem/'), page.press('#header-q', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    const results = page.locator('#search-results a[href]');
    await results.first().waitFor({ state: 'visible', timeout: 20_000 });
    const hrefs = (await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
    expect(hrefs, `results for "${query}"`).toContain(honouree.path);
    await shot('06-tim-kiem');
    await follow('#search-results', honouree.path);
    expect(path()).toBe(honouree.path);
    await shot('07-ket-qua');

    // No console error, failed request or request to another host on the way.
    expect(h.problems).toEqual([]);
  });
});

/**
 * The built site in headless Chromium, served with the headers of public/_headers:
 * it works under the Content-Security-Policy, loads nothing from other hosts, uses
 * its own fonts without layout shift, and its reader tools, share row and print
 * stylesheet behave. Screenshots land in test-results/publish/ to be looked at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../build/build-helpers.ts';
import { fixtureSite, FIXTURE_SITE_URL } from '../support/site.ts';
import { launchBrowser } from '../support/browser.ts';
import { filesOf, pathOfHtml } from './dist-helpers.ts';
import { serveWithHeaders } from './headers-server.ts';

const SHOTS = join(ROOT, 'test-results/publish');
const SITE = FIXTURE_SITE_URL;
/** The fixture site, shared with other test files: read only. */
let dist: string;
let server: Awaited<ReturnType<typeof serveWithHeaders>>;
let browser: Browser;

beforeAll(async () => {
  dist = fixtureSite();
  server = await serveWithHeaders(dist);
  browser = await launchBrowser();
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  problems: string[];
}

/** A page whose console errors, script errors, CSP violations and foreign requests are recorded. */
async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  // Init scripts run outside the page's CSP, so they can listen for its violations.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request cut short because the test moved on to the next page (the favicon, say) is not the site's failure.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`other host: ${r.url()}`);
  });
  return { page, problems };
}

describe('under the Content-Security-Policy', () => {
  it('every page loads with no console error, no violation and no request to another host', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    const paths = filesOf(dist, '.html')
      .map(pathOfHtml)
      .filter((p) => p !== '/404.html');
    if (paths.includes('/tim-kiem/')) paths.push('/tim-kiem/?q=n%C3%AAu%20g%C6%B0%C6%A1ng');
    for (const path of paths) {
      // The search page fetches its index after load; other pages are done at load.
      const response = await page.goto(server.url + path, { waitUntil: path.startsWith('/tim-kiem/') ? 'networkidle' : 'load' });
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-security-policy'], path).toMatch(/script-src 'self'/);
      // Interact a little so the reader-tools script really runs (story pages carry the tools).
      if (await page.locator('[data-reader="larger"]').count()) {
        await page.locator('[data-reader="larger"]').click();
        await page.locator('[data-reader="reset"]').click();
      }
      expect(problems, path).toEqual([]);
    }
    const missing = await page.goto(`${server.url}/khong-co-trang-nay/`, { waitUntil: 'networkidle' });
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    expect(paths.length).toBeGreaterThan(20);
    await context.close();
  });

  it('hashed assets are cached for a year, pages for minutes', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(await res.text())![1]!;
    expect((await fetch(server.url + css)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});

describe('fonts', () => {
  it('are the site’s own Noto Serif for headlines and one system font for body text, each drawing every Vietnamese letter, and shift nothing', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    // The server logs every request of the run: only those of this page count.
    const seen = server.requests.length;
    await page.goto(`${server.url}/hoi-nghi/hoi-nghi-mau/`, { waitUntil: 'networkidle' });
    const fontRequests = server.requests.slice(seen).filter((r) => r.endsWith('.woff2'));
    expect(fontRequests.some((r) => r.includes('vietnamese'))).toBe(true);
    // Which font Chromium really drew the headline and the sapo with.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const drawnWith = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web)' : ''}`);
    };
    expect(await drawnWith('h1.story-title')).toEqual(['Noto Serif (web)']);
    // Body text: no download, and one installed font draws every letter of the sapo (no fallback font mixed in).
    const sapoFonts = await drawnWith('p.sapo');
    expect(sapoFonts).toHaveLength(1);
    expect(sapoFonts[0]).not.toMatch(/\(web\)/);
    expect(fontRequests.some((r) => r.includes('noto-sans'))).toBe(false);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number }[]) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 500);
        }),
    );
    expect(shift).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('reader tools', () => {
  it('apply the stored text size and contrast before the first paint, from the inline script the CSP allows', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    const normal = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.evaluate(() => {
      localStorage.setItem('guongsang:co-chu', '2');
      localStorage.setItem('guongsang:tuong-phan', '1');
    });
    // Without the reader-tools module, only the inline script in <head> can set them; and the
    // size is read when the body is first parsed, before any deferred module runs.
    await page.route(/ReaderTools[^/]*\.js$/, (route) => route.abort());
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { early: string | null }).early = document.documentElement.getAttribute('data-co-chu');
      });
    });
    await page.goto(`${server.url}/bai-viet/bai-mau-nam-dinh/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { early: string | null }).early)).toBe('2');
    expect(await page.getAttribute('html', 'data-tuong-phan')).toBe('cao');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThan(normal);
    expect(console.filter((l) => /Content Security Policy|pageerror/i.test(l))).toEqual([]);
    await context.close();
  });

  it('change text size and contrast, and remember them on the next page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${server.url}/bai-viet/bai-mau-nam-dinh/`, { waitUntil: 'networkidle' });
    const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.sapo')!).fontSize));
    await expect.poll(() => page.locator('.reader-tools').isVisible()).toBe(true);
    const normal = await bodySize();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    expect(await page.getAttribute('html', 'data-co-chu')).toBe('2');
    expect(await bodySize()).toBeCloseTo(normal * 1.25, 1);
    await page.getByRole('button', { name: 'Tương phản cao' }).click();
    expect(await page.getAttribute('html', 'data-tuong-phan')).toBe('cao');
    expect(await page.getAttribute('[data-reader="contrast"]', 'aria-pressed')).toBe('true');

    await page.click('.main-nav a[href="/hoi-nghi/"]');
    await page.waitForLoadState('networkidle');
    expect(await page.getAttribute('html', 'data-co-chu')).toBe('2');
    expect(await page.getAttribute('html', 'data-tuong-phan')).toBe('cao');
    await page.goto(`${server.url}/hoi-nghi/hoi-nghi-mau/`, { waitUntil: 'networkidle' });
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('.sapo')!).color,
      link: getComputedStyle(document.querySelector('.story-aside a')!).color,
      header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
    }));
    expect(colours).toEqual({ body: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)', link: 'rgb(255, 235, 59)', header: 'rgb(0, 0, 0)' });
    await page.screenshot({ path: join(SHOTS, 'tuong-phan-cao.png'), fullPage: true });

    await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
    await page.getByRole('button', { name: 'Tương phản cao' }).click();
    expect(await page.getAttribute('html', 'data-co-chu')).toBeNull();
    expect(await page.getAttribute('html', 'data-tuong-phan')).toBeNull();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'data-tuong-phan')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('copy the story’s address', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${server.url}/bai-viet/bai-mau-nam-dinh/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Đã sao chép liên kết.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/bai-viet/bai-mau-nam-dinh/`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('are absent without JavaScript, and the page is whole', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/bai-viet/bai-mau-nam-dinh/`);
    expect(await page.locator('.reader-tools').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'In bài' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Facebook' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Zalo' }).isVisible()).toBe(true);
    expect(await page.locator('h1.story-title').textContent()).toBe('Bài mẫu về nêu gương ở Nam Định');
    expect(await page.locator('.story-body').isVisible()).toBe(true);
    await context.close();
  });
});

describe('printing', () => {
  it('prints the story alone, with its address, date and captioned figure', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${server.url}/hoi-nghi/hoi-nghi-mau/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    for (const hidden of ['.site-header', '.main-nav', '.breadcrumb', '.story-aside', '.share-row ul', '.site-footer nav', '.tag-row a[href*="chuyen-muc"]']) {
      if (await page.locator(hidden).count()) expect(await shown(hidden), hidden).toBe(false);
    }
    for (const visible of ['h1.story-title', '.dateline', '.print-url', '.figure figcaption', '.story-body']) expect(await shown(visible), visible).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.figure')!).breakInside)).toBe('avoid');

    const pdf = join(SHOTS, 'in-bai.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Hội nghị mẫu về trách nhiệm nêu gương');
    expect(text).toContain(`Địa chỉ bài viết: ${SITE}/hoi-nghi/hoi-nghi-mau/`);
    expect(text).toMatch(/Cập nhật lúc 14:30, Thứ Bảy, 20\/07\/2019/);
    expect(text).toMatch(/Ảnh minh họa cho hội nghị mẫu\s+Ảnh: Gương Sáng/);
    expect(text).not.toContain('Tin khác');
    expect(text).not.toContain('Tìm kiếm');
    expect(text).not.toContain('Chia sẻ');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SHOTS, 'in-bai')]);
    expect(readdirSync(SHOTS).filter((f) => /^in-bai-\d+\.png$/.test(f)).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  const WIDTHS = [320, 360, 390, 414];
  /** One page of every template. */
  const TEMPLATES = [
    '/',
    '/bai-viet/bai-mau-nam-dinh/',
    '/hoi-nghi/hoi-nghi-mau/',
    '/van-ban/quy-dinh-08-qdi-tw/',
    '/guong-sang/ca-nhan/nguyen-van-mau/',
    '/guong-sang/tap-the/truong-mau/',
    '/guong-sang/',
    '/guong-sang/ca-nhan/',
    '/hoi-nghi/',
    '/van-ban/',
    '/chuyen-muc/xay-dung-dang/',
    '/tag/',
    '/tag/neu-guong/',
    '/luu-tru/',
    '/2021/05/',
    '/tim-kiem/?q=n%C3%AAu%20g%C6%B0%C6%A1ng',
    '/404.html',
  ];
  /** Controls a reader taps outside running text, and the smallest side of each (WCAG 2.2 2.5.8: 24 px). */
  const smallTargets = (page: Page) =>
    page.evaluate(() => {
      const selector = [
        '.site-header a',
        '.site-header summary',
        '.site-header button',
        '.breadcrumb a',
        '.story-tools a',
        '.story-tools button',
        '.tag-row a',
        '.pagination a',
        '.site-footer nav a',
        '.search-page button',
        '.search-page input',
        '.search-page select',
      ].join(',');
      return (
        [...document.querySelectorAll<HTMLElement>(selector)]
          // What a reader can tap now: not inside a closed panel, not hidden; a radio or check box by its label.
          .filter((el) => el.offsetParent !== null && getComputedStyle(el).visibility !== 'hidden' && !el.classList.contains('skip-link'))
          .filter((el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])'))
          .map((el) => (el.matches('input[type=radio], input[type=checkbox]') ? (el.closest('label') ?? el) : el))
          .map((el) => ({ el: `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').trim().slice(0, 30)}”`, ...el.getBoundingClientRect().toJSON() }))
          .filter((r: { width: number; height: number }) => r.width < 24 || r.height < 24)
          .map((r: { el: string; width: number; height: number }) => `${r.el} ${Math.round(r.width)}×${Math.round(r.height)}`)
      );
    });
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('no template overflows at 320, 360, 390 and 414 px, also with the text twice larger; taps are at least 24 px', async () => {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const path of TEMPLATES) {
        await page.goto(server.url + path, { waitUntil: path.startsWith('/tim-kiem/') ? 'networkidle' : 'load' });
        if ((await overflow(page)) > 0) problems.push(`${width} ${path}: ${await overflow(page)} px too wide`);
        for (const small of await smallTargets(page)) problems.push(`${width} ${path}: small target ${small}`);
        const larger = page.locator('[data-reader="larger"]');
        if (await larger.count()) {
          await larger.click();
          await larger.click();
          if ((await overflow(page)) > 0) problems.push(`${width} ${path} after A+ A+: ${await overflow(page)} px too wide`);
          await page.locator('[data-reader="reset"]').click();
        }
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('keeps the header above the first headline within 120 px at 390 px, with 44 px search and menu buttons', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const path of ['/', '/bai-viet/bai-mau-nam-dinh/', '/tim-kiem/?q=n%C3%AAu%20g%C6%B0%C6%A1ng']) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, path).toBeLessThanOrEqual(120);
      for (const button of ['.header-search > summary', '.header-menu > summary']) {
        const box = await page.locator(button).boundingBox();
        expect([box!.width, box!.height], `${path} ${button}`).toEqual([44, 44]);
      }
      await page.screenshot({ path: join(SHOTS, `dien-thoai-390${path.replace(/[/?%=]+/g, '-')}.png`) });
    }
    // On a story, the lead picture is on the first screen, above the fact box.
    await page.goto(`${server.url}/hoi-nghi/hoi-nghi-mau/`, { waitUntil: 'load' });
    const figure = await page.locator('.story figure').first().boundingBox();
    const facts = await page.locator('.story .facts').first().boundingBox();
    expect(figure!.y).toBeLessThan(facts!.y);
    expect(figure!.y).toBeLessThan(844);
    // On the search page, the first result is on the first screen.
    await page.goto(`${server.url}/tim-kiem/?q=n%C3%AAu%20g%C6%B0%C6%A1ng`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#search-results[data-state="done"] li');
    const first = await page.locator('#search-results > li').first().boundingBox();
    expect(first!.y + 40).toBeLessThan(844);
    await context.close();
  });

  it('opens the menu and the search box without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/bai-viet/bai-mau-nam-dinh/`);
    expect(await page.locator('.header-menu nav').isVisible()).toBe(false);
    await page.click('.header-menu > summary');
    expect(await page.locator('.header-menu nav a[href="/hoi-nghi/"]').isVisible()).toBe(true);
    await page.click('.header-search > summary');
    expect(await page.locator('#header-q-phone').isVisible()).toBe(true);
    await page.fill('#header-q-phone', 'nêu gương');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), page.press('#header-q-phone', 'Enter')]);
    await context.close();
  });
});

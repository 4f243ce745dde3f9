/**
 * Browser tests against the shared build of content/: Debian's Chromium through
 * playwright-core, the site served on loopback with its real HTTP headers (the
 * Content-Security-Policy of dist/_headers included, so a policy violation shows
 * up as a console error), and a watch on every page for console errors, failed
 * requests and requests to any other host (which are blocked, not sent).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { headersFor, parseHeadersFile } from '../../src/lib/publish/headers-file.ts';
import { ROOT } from '../build/build-helpers.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { builtSite } from '../support/site.ts';

export const SCREENSHOTS = join(ROOT, 'test-results/e2e');

export interface Harness {
  dist: string;
  server: StaticServer;
  browser: Browser;
  /** Everything that went wrong on any page so far, one line each. */
  problems: string[];
  /** Paths that do not exist on purpose: opening them shows the 404 page, with status 404. */
  missing: Set<string>;
  /** A page in a browser context of its own: no storage (reader preferences) shared with other pages. */
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dist = builtSite();
  const headersFile = join(dist, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = await serveStatic(dist, { headers: (path) => headersFor(rules, path) });
  const browser = await launchBrowser();
  const origin = new URL(server.url).origin;
  const problems: string[] = [];
  const missing = new Set<string>();
  const contexts: BrowserContext[] = [];
  mkdirSync(SCREENSHOTS, { recursive: true });

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
      problems.push(`request to another host: ${url}`);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const where = () => page.url().replace(origin, '');
    page.on('console', (m) => {
      // Chromium logs the 404 status of a page missing on purpose; any other 404 is reported below.
      const expected = missing.has(new URL(page.url()).pathname) && /^Failed to load resource: .* 404/.test(m.text());
      if (m.type() === 'error' && !expected) problems.push(`console error on ${where()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught error on ${where()}: ${e.message}`));
    page.on('requestfailed', (r) => {
      // Requests to other hosts are already reported above, when they were blocked.
      if (new URL(r.url()).origin === origin) problems.push(`failed request on ${where()}: ${r.url().replace(origin, '')} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      // The 404 page is served with its status on purpose; any other error status is a fault.
      const expected404 = r.request().isNavigationRequest() && r.status() === 404 && missing.has(new URL(r.url()).pathname);
      if (r.status() >= 400 && !expected404) problems.push(`HTTP ${r.status()} on ${where()}: ${r.url().replace(origin, '')}`);
    });
    return page;
  };

  return {
    dist,
    server,
    browser,
    problems,
    missing,
    newPage,
    close: async () => {
      for (const c of contexts) await c.close();
      await browser.close();
      await server.close();
    },
  };
}

/** Vietnamese folded to plain ASCII, as someone typing without diacritics would write it. */
export const unaccented = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Site paths of story pages, by collection, as they appear in dist/. */
export const STORY_PATH = /^\/(bai-viet|hoi-nghi|van-ban|guong-sang\/(?:ca-nhan|tap-the))\/[a-z0-9-]+\/$/;

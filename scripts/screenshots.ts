/**
 * Screenshots of built pages, to look at: `node scripts/screenshots.ts [dist] [out] [path …]`.
 * Desktop and phone widths, full page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../tests/support/static-server.ts';
import { launchBrowser } from '../tests/support/browser.ts';

const [dist = 'dist', out = 'test-results/screenshots', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/'];
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
  for (const [label, viewport] of [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const path of targets) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      const name = `${label}-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.png`;
      await page.screenshot({ path: join(out, name), fullPage: true });
      console.log(join(out, name));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

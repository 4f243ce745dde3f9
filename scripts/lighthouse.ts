/**
 * Lighthouse scores of the home page, a story and the search page (with results):
 *
 *   node_modules/.bin/node scripts/lighthouse.ts [--page home|story|search]… [--write]
 *
 * Builds content/ with SITE_URL set to a loopback server's address (so canonical
 * links point at the page audited), serves it with the site's own headers from
 * dist/_headers, and runs Lighthouse in Debian's Chromium (CHROME_PATH, default
 * /usr/bin/chromium) twice per page: the mobile default (simulated slow 4G and a
 * mid-range phone) and the desktop preset. Prints performance, accessibility,
 * best practices and SEO, with every audit that did not pass; JSON reports go to
 * test-results/lighthouse/. --write appends the table to BENCHMARKS.md.
 * Target (issue 6): 100 in all four categories for story pages.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { headersFor, parseHeadersFile } from '../src/lib/publish/headers-file.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'test-results/lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const write = process.argv.includes('--write');
/** Other work on the machine lowers the performance scores: the load is recorded with them. */
const LOAD_AT_START = loadavg()[0]!;

// Build into a folder the server already serves: its URL is the site URL.
const work = mkdtempSync(join(tmpdir(), 'gs-lighthouse-'));
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
const dist = join(work, 'dist');
let rules: ReturnType<typeof parseHeadersFile> = [];
const server = await serveStatic(dist, { headers: (path) => headersFor(rules, path) });
console.log(`Building content/ for ${server.url} …`);
const built = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--root', ROOT], {
  cwd: work,
  env: {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    CONTENT_DIR: join(ROOT, 'content'),
    SITE_URL: server.url,
    OUT_DIR: dist,
    ASTRO_CACHE_DIR: join(work, 'cache'),
  },
  encoding: 'utf8',
});
if (built.status !== 0) {
  console.error(`${built.stdout}\n${built.stderr}`);
  process.exit(1);
}
rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));

const firstStory = readdirSync(join(dist, 'bai-viet'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !/^trang-\d+$/.test(e.name))
  .map((e) => `/bai-viet/${e.name}/`)
  .sort()[0];
if (!firstStory) throw new Error('no story under dist/bai-viet/');
/** `--page story` (repeatable) audits only the pages named. */
const only = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--page' ? [a] : []));
const pages = [
  { name: 'home', path: '/' },
  { name: 'story', path: firstStory },
  { name: 'search', path: '/tim-kiem/?q=bui+thi+nu' },
].filter((p) => !only.length || only.includes(p.name));

interface Row {
  page: string;
  path: string;
  form: string;
  scores: Record<string, number>;
  failing: string[];
}
const rows: Row[] = [];
mkdirSync(OUT, { recursive: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  for (const p of pages) {
    for (const [form, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      const result = await lighthouse(`${server.url}${p.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
      if (!result) throw new Error(`Lighthouse returned nothing for ${p.path}`);
      const lhr = result.lhr;
      writeFileSync(join(OUT, `${p.name}-${form}.json`), JSON.stringify(lhr, null, 1));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id]!)
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => `${c}: ${a.id} (${a.displayValue ?? a.score})`),
      );
      rows.push({ page: p.name, path: p.path, form, scores, failing });
      console.log(`${p.name} ${form}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}${failing.length ? `\n  below 100: ${failing.join('; ')}` : ''}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const lighthouseVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
const table = [
  `### Lighthouse — ${new Date().toISOString().slice(0, 10)}`,
  '',
  `Command: \`node_modules/.bin/node scripts/lighthouse.ts${write ? ' --write' : ''}\` (Lighthouse ${lighthouseVersion}, ${CHROME_PATH}; the site served on loopback with dist/_headers; load average ${LOAD_AT_START.toFixed(1)} at the start).`,
  "Mobile is Lighthouse's default (simulated slow 4G, 4× CPU slowdown); desktop is its desktop preset.",
  '',
  '| page | form | performance | accessibility | best practices | SEO | audits below 100 |',
  '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.page} \`${r.path}\` | ${r.form} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.failing.join('; ') || '—'} |`),
  '',
].join('\n');
console.log(`\n${table}`);
if (write) appendFileSync(join(ROOT, 'BENCHMARKS.md'), `\n${table}`);

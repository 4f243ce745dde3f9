/**
 * Incremental builds are correct, not just fast: after each kind of edit, `npm run build`
 * with the previous build's cache produces the same site, byte for byte, as a cold build
 * of the edited content — and it did reuse pages, so the comparison is not vacuous.
 *
 * The builds run in a copy of the project (node_modules linked), so a component can be
 * edited without touching the checkout, and no other test's build shares its .astro/ folder.
 * The search index is left out of the comparison: an incremental one is a base plus a delta
 * (tests/search covers that it answers like a cold one).
 */
import { cpSync, linkSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, ROOT, runScript } from './build-helpers.ts';
import { fileDigests } from '../support/site.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temp.push(d);
  return d;
};

let project: string;
let content: string;
let cache: string;
let site: string;
/** What the last incremental build printed. */
let lastOutput = '';

/** `npm run build` in the project copy. */
function build(out: string, cacheDir: string): Promise<{ status: number | null; output: string }> {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, ...env } = process.env;
  return runScript(join(project, 'scripts/build.ts'), {
    cwd: project,
    env: {
      ...env,
      PATH: `${join(ROOT, 'node_modules/.bin')}:${env['PATH'] ?? ''}`,
      CONTENT_DIR: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: cacheDir,
      GS_SEARCH_CACHE: join(cacheDir, 'search'),
    },
  });
}

/** Path → SHA-256 of every file of a built site, the search index left out. */
const digest = (dir: string): Record<string, string> => fileDigests(dir, (f) => !f.startsWith('pagefind/'));

const edit = (file: string, from: string | RegExp, to: string) => {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file}: ${String(from)}`).not.toBe(text);
  writeFileSync(path, next);
};

/**
 * Rebuilds incrementally and cold; the two sites must be identical. Returns how many pages and
 * share cards were reused (pages restored by Astro, cards found in the card cache).
 */
async function rebuildMatchesCold(): Promise<number> {
  const incremental = await build(site, cache);
  expect(incremental.status, incremental.output).toBe(0);
  lastOutput = incremental.output;
  const cold = join(tmp('gs-inc-cold-'), 'dist');
  const fresh = await build(cold, tmp('gs-inc-cache-'));
  expect(fresh.status, fresh.output).toBe(0);
  expect(digest(site)).toEqual(digest(cold));
  const cards = /Ảnh chia sẻ: \d+ ảnh \(vẽ mới \d+, lấy lại (\d+) từ bộ nhớ đệm\)/.exec(incremental.output);
  expect(cards, 'the build says how many share cards it took from the cache').not.toBeNull();
  return (incremental.output.match(/\((cached|restored)\)/g) ?? []).length + Number(cards![1]);
}

beforeAll(async () => {
  project = tmp('gs-inc-project-');
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  content = tmp('gs-inc-content-');
  cpSync(FIXTURE, content, { recursive: true });
  cache = tmp('gs-inc-cache-');
  site = join(tmp('gs-inc-site-'), 'dist');
  const first = await build(site, cache);
  expect(first.status, first.output).toBe(0);
}, 180_000);

describe('an incremental build equals a cold build of the same content', () => {
  it('with nothing changed, reuses every page that has a key, linked from the cache rather than copied', async () => {
    expect(await rebuildMatchesCold()).toBeGreaterThan(20);
    // The first build indexed both tiers at once: its headline index is known again by its digest.
    expect(lastOutput).toMatch(/tiêu đề [\d.]+ giây, không tiêu đề nào đổi/);
    // A page taken from the cache is the cache's file, hard-linked (src/integrations/incremental-links.ts).
    expect(statSync(join(site, 'bai-viet/bai-mau-nam-dinh/index.html')).nlink).toBeGreaterThan(1);
  }, 180_000);

  it("after one story's body is edited, re-rendering only what shows it", async () => {
    edit('guong-sang/ca-nhan/tran-thi-an.md', /\n---\n/, '\n---\nMột câu mới ở đầu thân bài.\n\n');
    expect(await rebuildMatchesCold()).toBeGreaterThan(15);
  }, 180_000);

  it("after one story's title is edited, the page published before keeping its content until the new site replaces it", async () => {
    // The published page shares its file with the cache; the rebuild re-renders it and must
    // replace the cached file, not rewrite the one the published site still serves.
    const page = join(site, 'bai-viet/bai-mau-nam-dinh/index.html');
    const before = readFileSync(page, 'utf8');
    expect(statSync(page).nlink, 'the page was taken from the cache by the last build').toBeGreaterThan(1);
    const published = join(tmp('gs-inc-published-'), 'index.html');
    linkSync(page, published);
    edit('bai-viet/bai-mau-nam-dinh.md', 'title: Bài mẫu về nêu gương ở Nam Định', 'title: Bài mẫu về nêu gương ở tỉnh Nam Định');
    expect(await rebuildMatchesCold()).toBeGreaterThan(0);
    expect(readFileSync(page, 'utf8')).toContain('tỉnh Nam Định');
    expect(readFileSync(published, 'utf8')).toBe(before);
    // The page just rendered is the cached file too, as a restored one is: the next build restores
    // the same file, and the index step knows it unchanged without reading it.
    expect(statSync(page).nlink, 'the re-rendered page shares its file with the cache').toBeGreaterThan(1);
  }, 180_000);

  it('after a story is added', async () => {
    const text = readFileSync(join(content, 'bai-viet/bai-mau-nam-dinh.md'), 'utf8')
      .replace(/^title: .*$/m, 'title: Bài mới về gương sáng ở Nam Định')
      .replace(/^publishedAt: .*$/m, 'publishedAt: 2021-06-01T08:00:00+07:00');
    writeFileSync(join(content, 'bai-viet/bai-moi-nam-dinh.md'), text);
    expect(await rebuildMatchesCold()).toBeGreaterThan(0);
  }, 180_000);

  it('after a story is deleted', async () => {
    rmSync(join(content, 'bai-viet/bai-moi-nam-dinh.md'));
    expect(await rebuildMatchesCold()).toBeGreaterThan(0);
  }, 180_000);

  it("after a story's tag is changed", async () => {
    edit('bai-viet/bai-mau-nam-dinh.md', 'tags: [nêu gương, Nam Định]', 'tags: [nêu gương, Nam Định, cải cách hành chính]');
    expect(await rebuildMatchesCold()).toBeGreaterThan(0);
  }, 180_000);

  it("after a directive's title is changed (it shows on the pages that cite it)", async () => {
    edit('van-ban/chi-thi-05-ct-tw.md', 'title: Học tập và làm theo Bác (văn bản mẫu)', 'title: Về đẩy mạnh học tập và làm theo Bác (văn bản mẫu)');
    expect(await rebuildMatchesCold()).toBeGreaterThan(0);
  }, 180_000);

  it('after a component the story pages use is changed', async () => {
    const byline = join(project, 'src/components/Byline.astro');
    writeFileSync(byline, readFileSync(byline, 'utf8').replace('class="byline"', 'class="byline tac-gia"'));
    await rebuildMatchesCold();
    expect(readFileSync(join(site, 'bai-viet/bai-mau-nam-dinh/index.html'), 'utf8')).toContain('class="byline tac-gia"');
  }, 180_000);
});

/**
 * Search over the real sample content (content/), in the build of it that test files share:
 * the quality run of queries.tsv against the query layer and against Pagefind
 * alone, what the index holds, and the search page in headless Chromium.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../build/build-helpers.ts';
import { builtSite, CONTENT } from '../support/site.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { buildBaselineIndex, evaluate, formatSummary, readCases, summarise, type CaseResult } from './evaluate.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { HEADLINE_SUBFOLDER, loadPagefind, openTiered } from '../../src/lib/search/node-pagefind.ts';
import { decodePack, PACK_EXTENSION, PACK_FOLDER, PACK_LIMIT, packable } from '../../src/lib/search/headline-packs.ts';
import { TieredSearch } from '../../src/lib/search/tiers.ts';
import { withDelta, type DeltaInfo } from '../../src/lib/search/merged-pagefind.ts';
import { listContentFiles } from '../../src/lib/content/check/check.ts';
import { parseContentFile } from '../../src/lib/content/check/frontmatter.ts';
import { isPublished } from '../../src/lib/content/publishing.ts';

/** The sample site, shared with other test files: read only. */
let dist: string;
/** This file's own folders (copies of the site, caches, the baseline index). */
let temp: string;
let results: CaseResult[];
beforeAll(async () => {
  dist = builtSite();
  temp = mkdtempSync(join(tmpdir(), 'gs-search-'));
  const baseline = join(temp, 'baseline');
  await buildBaselineIndex(dist, baseline);
  results = await evaluate(readCases(), join(dist, 'pagefind'), baseline);
  const summary = summarise(results);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results/search-quality.json'), `${JSON.stringify({ summary, results }, null, 2)}\n`);
  console.log(`\nSearch quality (tests/search/queries.tsv)\n${formatSummary(summary)}\n`);
});
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** How many entries of content/ the site publishes: every file that is neither a draft nor scheduled for later. */
function publishedEntries(): number {
  const now = new Date();
  return listContentFiles(CONTENT).filter((f) => {
    const data = parseContentFile(readFileSync(f, 'utf8')).data ?? {};
    return isPublished({ draft: data['draft'] === true, publishedAt: new Date(String(data['publishedAt'])) }, now);
  }).length;
}

describe('queries.tsv', () => {
  it('has at least 80 queries, of every kind the issue names', () => {
    expect(results.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(results.map((r) => r.category));
    for (const k of ['accented', 'unaccented', 'nfd', 'telex', 'vni', 'name', 'place', 'code', 'phrase', 'missing', 'pair', 'prefix', 'context', 'highlight'])
      expect(kinds, k).toContain(k);
    expect(results.filter((r) => r.category === 'nfd').every((r) => r.query !== r.query.normalize('NFC'))).toBe(true);
  });

  it('puts the expected page first for every query (issue 10: 100%)', () => {
    expect(results.filter((r) => r.rank !== 1).map((r) => `${r.query} → #${r.rank} (${r.top[0]})`)).toEqual([]);
  });

  it('never leaves an expected page out of the top 3', () => {
    expect(results.filter((r) => r.rank < 1 || r.rank > 3).map((r) => `${r.query} → #${r.rank}`)).toEqual([]);
  });

  it('marks the reader’s words in the first result, keeping the accents they typed', () => {
    for (const r of results) {
      for (const w of r.marks.must) expect(r.marked, `${r.query}: ${w}`).toContain(w);
      for (const w of r.marks.not) expect(r.marked, `${r.query}: not ${w}`).not.toContain(w);
    }
    expect(results.filter((r) => r.marks.must.length).length).toBeGreaterThanOrEqual(8);
  });

  it('answers names, titles, codes with context and typing from the headline tier', () => {
    const headline = results.filter((r) => ['pair', 'prefix', 'context', 'highlight'].includes(r.category));
    expect(headline.length).toBeGreaterThanOrEqual(30);
    expect(headline.filter((r) => r.tier !== 'headline').map((r) => r.query)).toEqual([]);
  });

  it('says which words found nothing, and only those', () => {
    for (const r of results) expect(r.reportedMissing, r.query).toEqual(r.missing);
  });

  it('does better than Pagefind alone on the same queries', () => {
    const s = summarise(results);
    expect(s.successAt1).toBeGreaterThan(s.baselineSuccessAt1);
  });
});

describe('the index', () => {
  let engine: SearchEngine;
  let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
  beforeAll(async () => {
    pagefind = await loadPagefind(join(dist, 'pagefind'));
    engine = new SearchEngine(pagefind);
  });
  afterAll(() => pagefind.destroy());

  const fragments = () =>
    readdirSync(join(dist, 'pagefind/fragment')).map((f) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dist, 'pagefind/fragment', f)))
          .toString('utf8')
          .slice('pagefind_dcd'.length),
      ),
    );

  it('holds every published story page and nothing else, each with its metadata, filters and a date sort key', async () => {
    const all = fragments();
    const stories = publishedEntries();
    expect(stories).toBeGreaterThan(0);
    expect(all.length).toBe(stories);
    for (const f of all) {
      expect(f.url, f.url).toMatch(/^\/(van-ban|hoi-nghi|bai-viet|guong-sang\/(ca-nhan|tap-the))\/[a-z0-9-]+\/$/);
      for (const k of ['title', 'sapo', 'date', 'type']) expect(f.meta[k], `${f.url} ${k}`).toBeTruthy();
      expect(Object.keys(f.filters)).toEqual(expect.arrayContaining(['type', 'year']));
      expect(f.content).toBe(f.content.normalize('NFC'));
    }
    // Pages without a sort key would vanish from a search sorted by date.
    const byDate = await pagefind.search(null, { sort: { date: 'desc' } });
    expect(byDate.results.length).toBe(stories);
  });

  it('keeps the lookup keys out of the text that excerpts are made from', () => {
    for (const f of fragments()) {
      expect(f.content, f.url).not.toMatch(/\bv[bc](qd|ct|nq|nd|kl|hd)\d+z\b/);
      expect(f.content, f.url).not.toContain('Cập nhật lúc'); // the dateline is not the story
      expect(f.content, f.url).not.toMatch(/\bTAG:/); // nor is the TAG row: its tags are metadata
    }
  });

  it('finds a story by a tag that its text does not hold, with an excerpt from the story', async () => {
    const all = fragments();
    const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    // A page with a tag whose words are not all in its text.
    const found = all
      .flatMap((f) => (f.meta.tags ?? '').split(' · ').map((tag: string) => ({ f, tag })))
      .find(({ f, tag }) => tag && [...words(tag)].some((w) => !words(f.content).has(w)));
    expect(found, 'a page tagged with words its text lacks').toBeDefined();
    const out = await engine.search(found!.tag);
    expect(out.missing).toEqual([]);
    expect(out.pages.map((p) => p.id).length).toBeGreaterThan(0);
    const hits = await engine.hits(out, 0, out.pages.length);
    expect(hits.map((h) => h.url)).toContain(found!.f.url);
    for (const h of hits) expect(h.excerpt.map((x) => x.text).join('')).not.toContain('TAG:');
  });

  it('prefers exact diacritics for accented words and folds đ for unaccented ones', async () => {
    const marked = async (q: string) => (await engine.hits(await engine.search(q), 0, 1))[0]!.excerpt.filter((s) => s.mark).map((s) => s.text.toLowerCase());
    expect(new Set(await marked('đảng'))).toEqual(new Set(['đảng']));
    expect(await marked('dang vien')).toContain('đảng');
  });

  it('filters and sorts by date', async () => {
    const filtered = await engine.search('nêu gương', { filters: { type: 'Gương sáng' } });
    expect(filtered.pages.length).toBeGreaterThan(0);
    const hits = await engine.hits(filtered, 0, 50);
    expect(hits.every((h) => h.type === 'Gương sáng')).toBe(true);
    const newest = await engine.hits(await engine.search('nêu gương', { sort: 'date' }), 0, 50);
    const dates = newest.map((h) => h.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('word packs of the headline index', () => {
  it('give every query the same answer as the fragments do, and spare names and codes their fragment requests', async () => {
    // Headline fragments and packs read, counted over the file: fetches the Node loader makes.
    const reads = { fragments: 0, packs: 0 };
    const real = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes(`/${HEADLINE_SUBFOLDER}/fragment/`)) reads.fragments++;
      if (url.endsWith(PACK_EXTENSION)) reads.packs++;
      return real(input, init);
    };
    const bundle = join(dist, 'pagefind');
    const packed = openTiered(bundle);
    const headline = await loadPagefind(join(bundle, HEADLINE_SUBFOLDER));
    const unpacked = new TieredSearch(
      () => loadPagefind(bundle),
      async () => headline,
    );
    try {
      const spared: string[] = [];
      for (const c of readCases()) {
        const before = { ...reads };
        const a = await packed.search.search(c.query);
        const cardsA = await packed.search.cards(a, 0, 10);
        // A pack read for an earlier query is not read again.
        const withPacks = { fragments: reads.fragments - before.fragments };
        const b = await unpacked.search(c.query);
        const cardsB = await unpacked.cards(b, 0, 10);
        expect(cardsA, c.query).toEqual(cardsB);
        expect(a.tier, c.query).toBe(b.tier);
        if (a.tier === 'headline' && cardsA.length > 1 && ['name', 'code', 'pair', 'context'].includes(c.category)) {
          expect(withPacks.fragments, `${c.query}: fragments read besides its packs`).toBe(0);
          spared.push(c.query);
        }
      }
      // A lone word asked after a code whose pack holds its first page: checked against that
      // page's own indexed words (a pack's data has none), so it is answered as without packs.
      for (const q of ['chỉ thị 05', 'TW', 'CT', 'quy định 08', 'QĐi', 'Bộ Chính trị', 'Bộ']) {
        const a = await packed.search.search(q);
        const b = await unpacked.search(q);
        expect(await packed.search.cards(a, 0, 10), q).toEqual(await unpacked.cards(b, 0, 10));
        expect(a.tier, q).toBe(b.tier);
      }
      expect(spared.length).toBeGreaterThanOrEqual(20);
      expect(reads.packs).toBeGreaterThan(0);
    } finally {
      globalThis.fetch = real;
      await packed.destroy();
    }
  });

  it('are written for rare pairs and codes only, each holding the pages its word finds', () => {
    const folder = join(dist, 'pagefind', HEADLINE_SUBFOLDER, PACK_FOLDER);
    const names = readdirSync(folder);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const word = name.slice(0, -PACK_EXTENSION.length);
      expect(packable(word), name).toBe(true);
      const pages = decodePack(gunzipSync(readFileSync(join(folder, name))).toString('utf8'));
      expect(pages.length, name).toBeGreaterThan(0);
      expect(pages.length, name).toBeLessThanOrEqual(PACK_LIMIT);
      for (const p of pages) expect(p.meta['title'], name).toBeTruthy();
    }
  });
});

describe('the index step on its own (scripts/index-search.ts, as npm run build runs it)', () => {
  it('indexes a built site again into a fresh folder: the same files, nothing left from before', () => {
    const copy = join(temp, 'reindex');
    rmSync(copy, { recursive: true, force: true });
    cpSync(dist, copy, { recursive: true });
    const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
    const before = files(join(copy, 'pagefind'));
    writeFileSync(join(copy, 'pagefind/index/cu.pf_index'), 'a chunk of an older index');
    // A cache of its own, empty: the whole site is indexed again (the delta case is tested below).
    const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/index-search.ts', copy], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, GS_SEARCH_CACHE: `${copy}-cache` },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Chỉ mục tìm kiếm: \d+ bài/);
    rmSync(`${copy}-cache`, { recursive: true, force: true });
    expect(files(join(copy, 'pagefind'))).toEqual(before);
    const entry = 'pagefind/pagefind-entry.json';
    expect(readFileSync(join(copy, entry), 'utf8')).toBe(readFileSync(join(dist, entry), 'utf8'));
    rmSync(copy, { recursive: true, force: true });
  });
});

describe('the index step after an edit (only the pages changed are indexed again)', () => {
  const node = join(ROOT, 'node_modules/.bin/node');
  const index = (dist: string, cache: string, ...args: string[]) => {
    const r = spawnSync(node, ['scripts/index-search.ts', dist, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GS_SEARCH_CACHE: cache } });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  /**
   * For every query of queries.tsv, through both tiers: the first result, and every result
   * (as a set: a delta's pages are scored with the delta's own word statistics, so pages
   * after the first may come in another order until the next full index); the newest first.
   */
  /** The word packs of a built site's headline index: file name → digest of its bytes. */
  const packsOf = (dist: string): Record<string, string> => {
    const folder = join(dist, 'pagefind', HEADLINE_SUBFOLDER, PACK_FOLDER);
    return Object.fromEntries(
      readdirSync(folder).map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(folder, name)))
          .digest('hex'),
      ]),
    );
  };
  const answers = async (dist: string) => {
    const t = openTiered(join(dist, 'pagefind'));
    const out: string[] = [];
    for (const c of readCases()) {
      const urls = (await t.search.cards(await t.search.search(c.query), 0, 100)).map((x) => x.url);
      out.push(`${c.query} → ${urls[0]} | ${[...urls].sort().join(' ')}`);
    }
    const dated = await t.search.cards(await t.search.search('nêu gương', { sort: 'date' }), 0, 30);
    out.push(`newest → ${dated.map((x) => x.url).join(' ')}`);
    await t.destroy();
    return out;
  };

  it('indexes one edited and one removed story as a delta, and answers as a full index of the same site does', async () => {
    const work = join(temp, 'delta');
    const cache = `${work}-cache`;
    rmSync(work, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    cpSync(dist, work, { recursive: true });
    expect(index(work, cache)).toContain('lập lại toàn bộ');
    const firstPacks = packsOf(work);
    expect(Object.keys(firstPacks).length).toBeGreaterThan(100);
    // Nothing changed: no page is even read (each is known by its file).
    expect(index(work, cache)).toMatch(/đọc 0 trang, không bài nào đổi; tiêu đề [\d.]+ giây, không tiêu đề nào đổi/);
    // An editor's correction in one story's text: its headline record is as it was (the page keeps
    // its full-text id), so the headline index is the last one, and the story is listed once.
    const edited = join(work, 'guong-sang/ca-nhan/bui-thi-nu/index.html');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('<p class="sapo">', '<p class="sapo">Đính chính: chị còn nuôi ong mật xyzqong. '));
    expect(index(work, cache)).toMatch(/đọc 1 trang, chỉ lập lại 1 bài đã đổi; tiêu đề [\d.]+ giây, không tiêu đề nào đổi/);
    // The last headline index, linked from the cache, comes with its word packs.
    expect(packsOf(work)).toEqual(firstPacks);
    {
      const t = openTiered(join(work, 'pagefind'));
      const outcome = await t.search.search('Bùi Thị Nụ');
      expect(outcome.tier).toBe('headline');
      const { total } = await t.search.count({ ...outcome, full: undefined });
      const all = await t.search.cards(outcome, 0, total + 10);
      expect(all.filter((c) => c.url === '/guong-sang/ca-nhan/bui-thi-nu/')).toHaveLength(1);
      await t.destroy();
    }
    // Another story taken down: its headline goes too.
    rmSync(join(work, 'guong-sang/ca-nhan/pham-van-son'), { recursive: true });
    const afterRemoval = index(work, cache);
    expect(afterRemoval).toMatch(/đọc 1 trang, chỉ lập lại 1 bài đã đổi/);
    expect(afterRemoval).not.toContain('không tiêu đề nào đổi');
    expect(JSON.parse(readFileSync(join(work, 'pagefind/delta.json'), 'utf8')).stale).toHaveLength(2);

    const t = openTiered(join(work, 'pagefind'));
    const found = await t.search.cards(await t.search.search('xyzqong'), 0, 5);
    expect(found.map((c) => c.url)).toEqual(['/guong-sang/ca-nhan/bui-thi-nu/']);
    const gone = await t.search.cards(await t.search.search('Phạm Văn Sơn'), 0, 50);
    expect(gone.map((c) => c.url)).not.toContain('/guong-sang/ca-nhan/pham-van-son/');
    await t.destroy();

    // The same site indexed from scratch answers every query the same way.
    const cold = `${work}-cold`;
    rmSync(cold, { recursive: true, force: true });
    cpSync(work, cold, { recursive: true });
    expect(index(cold, `${cold}-cache`, '--force')).toContain('lập lại toàn bộ');
    expect(await answers(work)).toEqual(await answers(cold));
    // The same packs, for the same pages (their full-text ids differ: some of the work site's are the delta's).
    const packUrls = (dist: string) =>
      Object.keys(packsOf(dist)).map(
        (name) =>
          `${name} ${decodePack(gunzipSync(readFileSync(join(dist, 'pagefind', HEADLINE_SUBFOLDER, PACK_FOLDER, name))).toString('utf8'))
            .map((p) => p.url)
            .join(' ')}`,
      );
    expect(packUrls(work)).toEqual(packUrls(cold));
    // The edited story ranks among the others where a full index ranks it: its score is its
    // older version's, from the base's word statistics, not the one-page delta's.
    const rankOf = async (dist: string, q: string) => {
      const t = openTiered(join(dist, 'pagefind'));
      const urls = (await t.search.cards(await t.search.search(q), 0, 100)).map((x) => x.url);
      await t.destroy();
      return urls.indexOf('/guong-sang/ca-nhan/bui-thi-nu/');
    };
    // Scores compared across the two bundles: the delta page takes its twin's score from the base.
    const info = JSON.parse(readFileSync(join(work, 'pagefind/delta.json'), 'utf8')) as DeltaInfo;
    const [basePf, deltaPf] = [await loadPagefind(join(work, 'pagefind')), await loadPagefind(join(work, 'pagefind/delta'))];
    const merged = withDelta(basePf, info, () => deltaPf);
    const twin = Object.values(info.twins ?? {})[0]!;
    const baseScore = (await basePf.search('giáo dục')).results.find((r) => r.id === twin)!.score;
    const deltaRaw = (await deltaPf.search('giáo dục')).results[0]!.score;
    // The new version answers under its older version's id, with that version's score.
    const mergedScore = (await merged.search('giáo dục')).results.find((r) => r.id === twin)!.score;
    expect(deltaRaw).not.toBeCloseTo(baseScore, 3);
    expect(mergedScore).toBe(baseScore);
    await basePf.destroy();
    await deltaPf.destroy();
    for (const q of ['Nam Định', 'giáo dục', 'sáng kiến']) {
      const [delta, full] = [await rankOf(work, q), await rankOf(cold, q)];
      expect(full, q).toBeGreaterThanOrEqual(0);
      expect(Math.abs(delta - full), `${q}: ${delta} vs ${full}`).toBeLessThanOrEqual(1);
    }
    for (const d of [work, cache, cold, `${cold}-cache`]) rmSync(d, { recursive: true, force: true });
  });
});

describe('npm run search', () => {
  it('prints the top results of the same query layer, as JSON for machines', () => {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/search.ts', '--dist', dist, '--json', '--limit', '2', 'dao duc toan'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.results).toHaveLength(2);
    expect(out.results[0]).toMatchObject({ rank: 1, url: '/hoi-nghi/giao-ban-lan-thu-x-cum-dong-bang-bac-bo/', type: 'Hội nghị' });
    expect(out.results[0].marked).toEqual(['Đào', 'Đức', 'Toàn']);
    const text = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/search.ts', '--dist', dist, 'buif thij nuj qwerty'], { cwd: ROOT, encoding: 'utf8' });
    expect(text.stdout).toContain('(hiểu là “bùi thị nụ qwerty”)');
    expect(text.stdout).toContain('Không trang nào có: “qwerty”');
    expect(text.stdout).toMatch(/ 1\. \[Gương sáng\] 11\/05\/2021 {2}Cô giáo Bùi Thị Nụ/);
  });
});

describe('the search page in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  /** A fresh page for each test: no history, listeners or storage left by another. */
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(async () => {
    await page?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const settled = (q: string) =>
    page.waitForFunction((query) => {
      const list = document.querySelector('#search-results');
      return list?.getAttribute('data-state') === 'done' && list.getAttribute('data-query') === query;
    }, q);

  it('loads no search code until the box is used', async () => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${server.url}/tim-kiem/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /pagefind|search-(app|worker|local)/.test(u))).toEqual([]);
  });

  it('finds an unaccented query as you type, marks the words, filters, and opens the result', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await page.click('#q');
    await page.keyboard.type('dao duc toan');
    await settled('dao duc toan');
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.card-title a').getAttribute('href')).toBe('/hoi-nghi/giao-ban-lan-thu-x-cum-dong-bang-bac-bo/');
    expect(await first.locator('mark').allTextContents()).toEqual(['Đào', 'Đức', 'Toàn']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('dao duc toan');

    await page.check('input[name="loai"][value="Văn bản"]');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('loai') === 'Văn bản' && document.querySelector('#search-results')?.getAttribute('data-state') === 'done',
    );
    const types = await page.locator('#search-results .badge').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Văn bản']));

    await page.check('input[name="loai"][value=""]');
    await settled('dao duc toan');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('loai'));
    await page.locator('#q').press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/hoi-nghi/giao-ban-lan-thu-x-cum-dong-bang-bac-bo/');
    await Promise.all([page.waitForURL('**/hoi-nghi/giao-ban-lan-thu-x-cum-dong-bang-bac-bo/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('Giao ban Cụm Đồng bằng Bắc Bộ');
  });

  it('reloads a shared search from its URL and says which words found nothing', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('Bùi Thị Nụ qwerty')}`);
    await settled('Bùi Thị Nụ qwerty');
    expect(await page.inputValue('#q')).toBe('Bùi Thị Nụ qwerty');
    expect(await page.locator('#search-results .card-title a').first().getAttribute('href')).toBe('/guong-sang/ca-nhan/bui-thi-nu/');
    expect(await page.textContent('#search-note')).toContain('“qwerty”');
  });

  it('searches the first 12 words of a longer query, says which were left out, and keeps the URL short', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('Bùi Thị Nụ một hai ba bốn năm sáu bảy tám chín mười mười-một')}`);
    await settled('Bùi Thị Nụ một hai ba bốn năm sáu bảy tám chín');
    expect(await page.textContent('#search-note')).toContain('Chỉ tìm theo 12 từ đầu; bỏ qua: “mười mười-một”.');
    // A pasted page of text: the URL keeps what was searched, well under 2 kB.
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('nêu gương '.repeat(300))}`);
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-state') === 'done');
    expect(await page.textContent('#search-note')).toMatch(/Chỉ tìm theo 12 từ đầu; bỏ qua: “nêu gương .*…”\./);
    const search = await page.evaluate(() => location.search);
    expect(search.length).toBeLessThan(2048);
    expect(new URL(page.url()).searchParams.get('q')!.length).toBeLessThanOrEqual(200);
  });

  /** Files this thread fetched (a worker's fetches are in the worker's own timeline). */
  const fetchedHere = (p: Page) => p.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));

  it('searches in a worker: the page itself never loads Pagefind, so typing is not held up', async () => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('bui thi nu')}`);
    await settled('bui thi nu');
    expect(await page.locator('#search-results .card-title a').first().getAttribute('href')).toBe('/guong-sang/ca-nhan/bui-thi-nu/');
    expect(workers.some((u) => /\/_astro\/search-worker[^/]*\.js$/.test(u))).toBe(true);
    expect((await fetchedHere(page)).filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
  });

  it('searches on the page itself where no worker can start', async () => {
    const own = await browser.newPage();
    try {
      await own.route('**/_astro/search-worker*', (r) => r.abort());
      await own.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('bui thi nu')}`);
      await own.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-state') === 'done');
      expect(await own.locator('#search-results .card-title a').first().getAttribute('href')).toBe('/guong-sang/ca-nhan/bui-thi-nu/');
      expect(await fetchedHere(own)).toContain('/pagefind/pagefind.js');
    } finally {
      await own.close();
    }
  });

  it('shows more results on request, each once, continuing the list on screen', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('nêu gương')}`);
    await settled('nêu gương');
    const count = async () => Number((await page.textContent('#search-status'))!.match(/Tìm thấy ([\d.]+) kết quả/)![1]!.replace(/\./g, ''));
    const links = () => page.locator('#search-results .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const first = await links();
    expect(first.length).toBe(Math.min(10, await count()));
    // Twice: past the headline results, then further into the full text.
    let shown = first;
    for (let k = 0; k < 2; k++) {
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results .card-title').length > n, shown.length);
      const after = await links();
      expect(after.slice(0, shown.length)).toEqual(shown);
      expect(after.length).toBeLessThanOrEqual(shown.length + 10);
      expect(new Set(after).size).toBe(after.length);
      shown = after;
    }
    const total = await count();
    expect(total).toBeGreaterThan(10);
    expect(shown).toHaveLength(Math.min(first.length + 20, total));
    expect(await page.isHidden('#search-more')).toBe(shown.length >= total);
  });

  it('lists results in titles first, then, on request, the stories that mention the words, each once', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('Bùi Thị Nụ')}`);
    await settled('Bùi Thị Nụ');
    expect(await page.textContent('#search-status')).toMatch(/Tìm thấy \d+ kết quả cho “Bùi Thị Nụ” trong tiêu đề và thông tin chính\./);
    const links = () => page.locator('#search-results .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const headline = await links();
    expect(headline[0]).toBe('/guong-sang/ca-nhan/bui-thi-nu/');
    expect(await page.locator('.search-tier').count()).toBe(0);
    expect(await page.textContent('#search-more')).toBe('Xem các bài có nhắc đến “Bùi Thị Nụ”');
    await page.click('#search-more');
    await page.waitForSelector('.search-tier');
    expect(await page.textContent('.search-tier')).toBe('Các bài có nhắc đến “Bùi Thị Nụ”');
    const all = await links();
    expect(all.slice(0, headline.length)).toEqual(headline);
    expect(all.length).toBeGreaterThan(headline.length);
    expect(new Set(all).size).toBe(all.length);
    expect(await page.textContent('#search-status')).toMatch(/trong tiêu đề và thông tin chính, \d+ bài khác có nhắc đến\./);
    // The heading stands right before the first story found in the full text.
    expect(await page.evaluate(() => document.querySelector('.search-tier')?.previousElementSibling?.querySelector('a')?.getAttribute('href'))).toBe(headline.at(-1));
  });

  it('shows a clear empty state, saying so once', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=zzqqxx`);
    await settled('zzqqxx');
    expect(await page.textContent('#search-status')).toBe('Không tìm thấy kết quả nào cho “zzqqxx”: không trang nào có “zzqqxx”.');
    expect(await page.isVisible('#search-empty')).toBe(true);
    expect(await page.isVisible('#search-note')).toBe(false);
    // One sentence on the page says nothing was found; the rest are suggestions.
    const text = await page.evaluate(() => document.querySelector('.search-output')!.textContent);
    expect(text.match(/Không tìm thấy|Chưa có kết quả|Không trang nào/g)).toHaveLength(1);
    // The box in the header shows the query too.
    expect(await page.inputValue('#header-q')).toBe('zzqqxx');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, FIXTURE, fixtureCopy, ROOT, page } from './build-helpers.ts';
import { copyOfSite, fixtureSite } from '../support/site.ts';
import { loadPagefind } from '../../src/lib/search/node-pagefind.ts';

/** The fixture site, shared with other test files: read only. */
let dist: string;
beforeAll(() => {
  dist = fixtureSite();
});

describe('MDX for editors', () => {
  const html = () => page(dist, 'bai-viet/phong-van-mau');

  it('renders <Figure> with its caption, an "Ảnh:" credit and a responsive AVIF/WebP picture', () => {
    const figure = /<figure class="figure">([\s\S]*?)<\/figure>/.exec(html())![1]!;
    expect(figure).toMatch(/<source srcset="[^"]+\.avif 480w, [^"]+\.avif 800w" type="image\/avif"/);
    expect(figure).toMatch(/<source srcset="[^"]+\.webp 480w[^"]*" type="image\/webp"/);
    expect(figure).toMatch(/<img src="[^"]+\.jpg" srcset="[^"]+" alt="Một mảng màu xanh dùng làm ảnh minh họa"[^>]* loading="lazy"[^>]* width="1000" height="600"/);
    expect(figure).toContain('<figcaption>Ảnh minh họa trong bài phỏng vấn mẫu <span class="credit">Ảnh: Gương Sáng</span></figcaption>');
  });

  it('loads the cover at once and body pictures lazily', () => {
    const cover = page(dist, 'hoi-nghi/hoi-nghi-mau');
    expect(cover).toMatch(/<img [^>]*loading="eager"[^>]*fetchpriority="high"/);
  });

  it('renders an interview with bold questions, named answers and a "… thực hiện" line', () => {
    expect(html()).toContain('<div class="interview-q"><strong>Thưa ông, cơ sở đã làm gì trong năm qua?</strong></div>');
    expect(html()).toContain('<span class="interview-speaker">Ông Nguyễn Văn Mẫu:</span>');
    expect(html()).toContain('<p class="interview-by">Phóng viên mẫu thực hiện</p>');
  });

  it("renders <Ref> as a link labelled with the entry's title, or with the text given", () => {
    expect(html()).toContain('<a href="/van-ban/chi-thi-05-ct-tw/" class="entry-ref">Chỉ thị 05-CT/TW</a>');
    expect(html()).toContain('<a href="/guong-sang/ca-nhan/nguyen-van-mau/" class="entry-ref">đồng chí Mẫu</a>');
  });

  it('renders <Quote> with the speaker and role', () => {
    expect(html()).toContain('<footer class="quote-by">— <cite>Nguyễn Văn Mẫu</cite>, Diễn giả mẫu</footer>');
  });

  it('links directive codes written in any spelling to the directive page', () => {
    expect(html()).toContain(
      'Chỉ thị <a href="/van-ban/chi-thi-05-ct-tw/" class="directive-link">05/CT-TW</a> và Quy định <a href="/van-ban/quy-dinh-08-qdi-tw/" class="directive-link">08-QĐ/TƯ</a> ở cơ sở.',
    );
  });
});

describe('drafts and scheduled stories', () => {
  it('are left out of a normal build and shown with DRAFTS=1', () => {
    expect(existsSync(join(dist, 'bai-viet/bai-nhap'))).toBe(false);
    const preview = build(FIXTURE, undefined, { DRAFTS: '1' });
    expect(preview.status, preview.output).toBe(0);
    expect(existsSync(join(preview.outDir, 'bai-viet/bai-nhap/index.html'))).toBe(true);
    expect(existsSync(join(preview.outDir, 'bai-viet/bai-hen-gio/index.html'))).toBe(true);
  });
});

describe('a broken entry never reaches dist/', () => {
  it('stops the build on the malformed files, names every one, and leaves the previous site whole', () => {
    const malformed = join(ROOT, 'tests/fixtures/malformed');
    const dir = fixtureCopy();
    const files = readdirSync(malformed, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      cpSync(join(malformed, f), join(dir, f));
    }
    cpSync(join(malformed, 'hoi-nghi/anh'), join(dir, 'hoi-nghi/anh'), { recursive: true });
    const previous = copyOfSite(dist);
    const index = join(previous, 'index.html');
    const before = readFileSync(index, 'utf8');
    const mtime = statSync(index).mtimeMs;
    const r = build(dir, previous);
    expect(r.status).not.toBe(0);
    for (const f of files.filter((f) => !/tag-khac-dau|nfd|ma-van-ban-la/.test(f))) expect(r.output, f).toContain(f.split('/').pop());
    expect(r.output).toMatch(/Chưa xuất bản gì: hãy sửa các lỗi trên rồi chạy lại\./);
    expect(r.output).not.toMatch(/\n\s+at |ZodError|received/);
    expect(readFileSync(index, 'utf8')).toBe(before);
    expect(statSync(index).mtimeMs).toBe(mtime);
  });
});

describe('npm run build', () => {
  it('swaps in the new site only when every step succeeded', () => {
    const previous = copyOfSite(dist);
    const index = join(previous, 'index.html');
    const before = readFileSync(index, 'utf8');
    // Passes the content check, but the MDX cannot be compiled: a failure in the middle of the build.
    const dir = fixtureCopy();
    writeFileSync(
      join(dir, 'bai-viet/phong-van-mau.mdx'),
      readFileSync(join(dir, 'bai-viet/phong-van-mau.mdx'), 'utf8').replace(
        '<Quote speaker="Nguyễn Văn Mẫu" role="Diễn giả mẫu">Nêu gương',
        '<Quote speaker="Nguyễn Văn Mẫu" role="Diễn giả mẫu">Nêu gương {',
      ),
    );
    const wrapperCache = mkdtempSync(join(tmpdir(), 'gs-wrapper-cache-'));
    const run = (contentDir: string) =>
      spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/build.ts')], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: previous, ASTRO_CACHE_DIR: wrapperCache },
      });
    const failed = run(dir);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain('bản cũ trong');
    expect(readFileSync(index, 'utf8')).toBe(before);
    const siblings = readdirSync(join(previous, '..')).filter((f) => f.startsWith(previous.split('/').pop()!));
    expect(siblings).toEqual([previous.split('/').pop()]);

    const ok = run(FIXTURE);
    expect(ok.status, ok.stderr).toBe(0);
    expect(existsSync(join(previous, 'bai-viet/phong-van-mau/index.html'))).toBe(true);
    // The search index is built after Astro has exited, by a process of its own, into the same site.
    expect(ok.stdout).toMatch(/Chỉ mục tìm kiếm sẽ được lập sau khi dựng trang xong\.[\s\S]*Chỉ mục tìm kiếm: \d+ bài/);
    const entry = JSON.parse(readFileSync(join(previous, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['vi']!.page_count).toBeGreaterThan(0);
  });
});

describe('npm run build under a sub-path', () => {
  it('indexes search with the base Astro built with, even written without its leading slash', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'gs-base-'));
    const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: FIXTURE, OUT_DIR: outDir, BASE_PATH: 'guong-sang', ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'gs-base-cache-')) },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(outDir, '.search-index-base'))).toBe(false);
    const pagefind = await loadPagefind(join(outDir, 'pagefind'));
    const found = await pagefind.search('Mẫu');
    const urls = await Promise.all(found.results.slice(0, 3).map(async (x) => (await x.data()).url));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/guong-sang\//);
    await pagefind.destroy();
  });
});

describe('one Astro cache shared by two content folders', () => {
  it("never resolves an entry's images against the other, since deleted, folder", () => {
    // Astro reuses an unchanged cached entry with the path it was first read from; the cache
    // is therefore kept per content folder. This is the sequence that once broke CI.
    const cache = mkdtempSync(join(tmpdir(), 'gs-shared-cache-'));
    const first = fixtureCopy();
    expect(build(first, undefined, { ASTRO_CACHE_DIR: cache }).status).toBe(0);
    rmSync(first, { recursive: true, force: true });
    const second = fixtureCopy();
    const r = build(second, undefined, { ASTRO_CACHE_DIR: cache });
    expect(r.status, r.output).toBe(0);
    expect(page(r.outDir, 'hoi-nghi/hoi-nghi-mau')).toMatch(/<img [^>]*loading="eager"/);
  });
});

describe('provincial document codes in a built story', () => {
  it('links a Tỉnh ủy’s code to the document of the story’s own province, and never to Trung ương’s', () => {
    const dir = fixtureCopy();
    const central = readFileSync(join(dir, 'van-ban/chi-thi-05-ct-tw.md'), 'utf8');
    for (const [slug, province] of [
      ['nghe-an', 'Nghệ An'],
      ['ha-tinh', 'Hà Tĩnh'],
    ] as const) {
      writeFileSync(
        join(dir, `van-ban/chi-thi-15-ct-tu-${slug}.md`),
        central.replace('code: 05-CT/TW', 'code: 15-CT/TU').replace('issuer: Bộ Chính trị', `issuer: Tỉnh ủy ${province}\nprovince: ${province}`),
      );
    }
    // An honouree of Nghệ An names the Tỉnh ủy's 15-CT/TU (two provinces have one) and a 05-CT/TU no entry has.
    const story = join(dir, 'guong-sang/ca-nhan/vo-thi-yen.md');
    writeFileSync(story, `${readFileSync(story, 'utf8').trimEnd()}\n\nChị thực hiện tốt Chỉ thị 15-CT/TU và Chỉ thị 05-CT/TU.\n`);
    const r = build(dir);
    expect(r.status, r.output.slice(-2000)).toBe(0);
    const links = [...page(r.outDir, 'guong-sang/ca-nhan/vo-thi-yen').matchAll(/<a href="([^"]+)" class="directive-link">([^<]+)<\/a>/g)].map((m) => [m[2], m[1]]);
    expect(links).toContainEqual(['15-CT/TU', '/van-ban/chi-thi-15-ct-tu-nghe-an/']);
    expect(links.map(([code]) => code)).not.toContain('05-CT/TU');
  });
});

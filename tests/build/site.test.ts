import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, fixtureCopy, page, textOf } from './build-helpers.ts';
import { copyOfSite, fixtureSite } from '../support/site.ts';
import { EARLY_PREFS_SCRIPT } from '../../src/lib/publish/reader-prefs.ts';

/** The fixture site, shared with other test files: read only. */
let dist: string;
beforeAll(() => {
  dist = fixtureSite();
});

const allHtml = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

describe('fixture site', () => {
  it('builds every expected page', () => {
    for (const p of [
      '',
      'hoi-nghi/hoi-nghi-mau',
      'bai-viet/bai-mau-nam-dinh',
      'van-ban/quy-dinh-08-qdi-tw',
      'van-ban/chi-thi-05-ct-tw',
      'guong-sang/ca-nhan/nguyen-van-mau',
      'guong-sang/tap-the/truong-mau',
      'guong-sang',
      'guong-sang/ca-nhan',
      'guong-sang/tap-the',
      'hoi-nghi',
      'bai-viet',
      'van-ban',
      'tag',
      'tag/neu-guong',
      'tag/nam-dinh',
      'chuyen-muc/xay-dung-dang',
    ]) {
      expect(existsSync(join(dist, p, 'index.html')), p).toBe(true);
    }
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });

  it('leaves drafts and stories scheduled for later out of the site', () => {
    expect(existsSync(join(dist, 'bai-viet/bai-nhap'))).toBe(false);
    expect(existsSync(join(dist, 'bai-viet/bai-hen-gio'))).toBe(false);
    expect(page(dist, 'bai-viet')).not.toContain('Bài nháp');
  });

  it('gives story pages a breadcrumb, a headline, a bold sapo, a dateline, a TAG row and Tin khác', () => {
    const html = page(dist, 'bai-viet/bai-mau-nam-dinh');
    expect(html).toMatch(/<html lang="vi">/);
    expect(textOf(html, 'breadcrumb')).toBe('Trang chủ Xây dựng Đảng');
    expect(textOf(html, 'story-title')).toBe('Bài mẫu về nêu gương ở Nam Định');
    expect(textOf(html, 'sapo')).toBe('Bài mẫu dùng trong kiểm thử liên kết hai chiều.');
    expect(html).toContain('<time datetime="2021-05-10T08:17:00+07:00">Cập nhật lúc 08:17, Thứ Hai, 10/05/2021 (GMT+7)</time>');
    expect(textOf(html, 'tag-row')).toBe('TAG: nêu gương Nam Định');
    expect(html).toContain('href="/tag/nam-dinh/"');
    expect(html).toMatch(/<h2 id="tin-khac"[^>]*>Tin khác<\/h2>/);
  });

  it('links every crumb of a story page breadcrumb, ending on its chuyên mục', () => {
    const stories = ['bai-viet/bai-mau-nam-dinh', 'hoi-nghi/hoi-nghi-mau', 'van-ban/quy-dinh-08-qdi-tw', 'guong-sang/ca-nhan/nguyen-van-mau', 'guong-sang/tap-the/truong-mau'];
    for (const p of stories) {
      const nav = /<nav class="breadcrumb"[\s\S]*?<\/nav>/.exec(page(dist, p))![0];
      const items = [...nav.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
      expect(items.length, p).toBeGreaterThanOrEqual(2);
      const links = items.map((li) => /^<a href="([^"]+)">/.exec(li)?.[1]);
      expect(links.every(Boolean), `${p}: ${nav}`).toBe(true);
      // The last crumb is a list that exists and lists this story.
      const last = links.at(-1)!;
      expect(existsSync(join(dist, last, 'index.html')), `${p} → ${last}`).toBe(true);
      expect(page(dist, last.replace(/^\/|\/$/g, '')), `${p} → ${last}`).toContain(`href="/${p}/"`);
    }
    // A conference with a section is under its section, like an article.
    expect(textOf(page(dist, 'hoi-nghi/hoi-nghi-mau'), 'breadcrumb')).toBe('Trang chủ Xây dựng Đảng');
  });

  it('ranks Tin khác by what stories share', () => {
    const html = page(dist, 'bai-viet/bai-mau-nam-dinh');
    const related = html.slice(html.indexOf('id="tin-khac"'));
    const order = ['/hoi-nghi/hoi-nghi-mau/', '/guong-sang/ca-nhan/nguyen-van-mau/'].map((u) => related.indexOf(`href="${u}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    // The conference it reports on shares a directive, an honouree and a tag: it comes first.
    expect(order[0]).toBeLessThan(order[1]!);
    // A story is never "other news" on its own page.
    expect(related).not.toContain('href="/bai-viet/bai-mau-nam-dinh/"');
  });

  it('prints the cover with caption and an "Ảnh:" credit, through the image service', () => {
    const html = page(dist, 'hoi-nghi/hoi-nghi-mau');
    expect(html).toMatch(/<figcaption>Ảnh minh họa cho hội nghị mẫu <span class="credit">Ảnh: Gương Sáng<\/span><\/figcaption>/);
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    expect(html).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"/);
  });

  it('lists on a directive page every story that cites it', () => {
    const html = page(dist, 'van-ban/quy-dinh-08-qdi-tw');
    const block = html.slice(html.indexOf('id="trich-dan"'));
    expect(block).toContain('href="/bai-viet/bai-mau-nam-dinh/"');
    expect(block).toContain('href="/hoi-nghi/hoi-nghi-mau/"');
    const other = page(dist, 'van-ban/chi-thi-05-ct-tw');
    expect(other.slice(other.indexOf('id="trich-dan"'))).toContain('href="/guong-sang/ca-nhan/nguyen-van-mau/"');
  });

  it('lists on an honouree page every story that mentions them', () => {
    const html = page(dist, 'guong-sang/ca-nhan/nguyen-van-mau');
    const block = html.slice(html.indexOf('id="bai-nhac-toi"'));
    expect(block).toContain('href="/bai-viet/bai-mau-nam-dinh/"');
    expect(block).toContain('href="/hoi-nghi/hoi-nghi-mau/"');
  });

  it('links a conference page to its directives and honourees', () => {
    const html = page(dist, 'hoi-nghi/hoi-nghi-mau');
    expect(html.slice(html.indexOf('id="van-ban-lien-quan"'))).toContain('href="/van-ban/quy-dinh-08-qdi-tw/"');
    expect(html.slice(html.indexOf('id="guong-sang-duoc-neu"'))).toContain('href="/guong-sang/ca-nhan/nguyen-van-mau/"');
    expect(html.slice(html.indexOf('id="bai-ve-hoi-nghi"'))).toContain('href="/bai-viet/bai-mau-nam-dinh/"');
  });

  it('counts stories on the tag index and lists them on tag pages', () => {
    const index = page(dist, 'tag');
    expect(index).toMatch(/href="\/tag\/neu-guong\/">nêu gương<\/a> <span class="count">\(4 bài\)<\/span>/);
    const tag = page(dist, 'tag/nam-dinh');
    expect(tag).toContain('href="/bai-viet/bai-mau-nam-dinh/"');
    expect(tag).toContain('href="/guong-sang/tap-the/truong-mau/"');
  });

  it('orders the honouree directory by given name, titles stripped, sortName first', () => {
    const html = page(dist, 'guong-sang');
    const people = html.slice(html.indexOf('id="dir-ca-nhan"'), html.indexOf('id="dir-tap-the"'));
    const order = [...people.matchAll(/<a href="\/guong-sang\/ca-nhan\/([a-z-]+)\/">/g)].map((m) => m[1]);
    // An (Trần Thị An) < Ánh (sortName of Võ Thị Yến) < Bình < Mẫu; the ranks "Cô giáo", "Đại úy" do not count.
    expect(order).toEqual(['tran-thi-an', 'vo-thi-yen', 'hoang-van-binh', 'nguyen-van-mau']);
  });

  it('stores text written in NFD as NFC, in front matter and in the body', () => {
    const html = page(dist, 'guong-sang/tap-the/truong-mau');
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain('Trường THCS Mẫu');
    expect(html).toContain('Trường học tiêu biểu');
  });

  it('ships no JavaScript on these pages', () => {
    // The search page (/tim-kiem/) is the one page that runs a script; tests/search/ covers it.
    // Elsewhere only three kinds are allowed: JSON-LD data blocks (never executed), one small,
    // deferred, external module for the reader tools (text size, contrast, copy link, print), and
    // the inline script that applies the remembered text size before the first paint — byte for
    // byte the one the CSP allows by its hash.
    const early = `<script>${EARLY_PREFS_SCRIPT}</script>`;
    const readerTools = /<script type="module" src="\/_astro\/ReaderTools\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"><\/script>/g;
    for (const f of allHtml(dist).filter((f) => !f.includes(`${join(dist, 'tim-kiem')}/`))) {
      const html = readFileSync(f, 'utf8');
      expect(html.match(readerTools)?.length ?? 0, f).toBeLessThanOrEqual(1);
      expect(html.split(early).length - 1, f).toBe(1);
      // A story with a <Video> also loads its click-to-load script (src/scripts/video.ts), and only then.
      const video = /<script type="module" src="\/_astro\/Video\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"><\/script>/g;
      expect((html.match(video)?.length ?? 0) > 0, f).toBe(html.includes('data-video-frame='));
      const rest = html
        .replace(readerTools, '')
        .replace(video, '')
        .replace(early, '')
        .replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '');
      expect(rest, f).not.toMatch(/<script/);
      for (const src of html.matchAll(/<script type="module" src="\/(_astro\/[^"]+)"/g)) {
        expect(statSync(join(dist, src[1]!)).size, src[1]).toBeLessThan(4096);
      }
    }
  });

  it('writes Vietnamese labels and an imprint on every page, and a Vietnamese 404', () => {
    for (const f of allHtml(dist)) {
      const html = readFileSync(f, 'utf8');
      expect(html, f).toContain('<html lang="vi">');
      expect(html, f).toContain('Chịu trách nhiệm nội dung');
    }
    expect(page(dist, '404.html')).toContain('Không tìm thấy trang');
  });
});

describe('broken content stops the build', () => {
  /** Builds into a dist/ that already holds a previous site, which must come out untouched. */
  function buildOverPrevious(contentDir: string) {
    const previous = copyOfSite(dist);
    const marker = join(previous, 'index.html');
    const before = readFileSync(marker, 'utf8');
    const mtime = statSync(marker).mtimeMs;
    const r = build(contentDir, previous);
    expect(r.status).not.toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe(before);
    expect(statSync(marker).mtimeMs).toBe(mtime);
    return r;
  }

  it('names the file, the line, the field and the unknown id of a dangling reference', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'hoi-nghi/hoi-nghi-mau.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('honourees: [nguyen-van-mau]', 'honourees: [nguyen-van-mao]'));
    const r = buildOverPrevious(dir);
    expect(r.output).toMatch(/hoi-nghi\/hoi-nghi-mau\.md:10 — trường honourees \(mục 1\): không có gương sáng nào mang mã "nguyen-van-mao"; có phải ý bạn là: "nguyen-van-mau"\?/);
    expect(r.output).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names both files when two entries get the same slug', () => {
    const dir = fixtureCopy();
    mkdirSync(join(dir, 'bai-viet/cu'), { recursive: true });
    writeFileSync(join(dir, 'bai-viet/cu/Bài mẫu Nam Định.md'), readFileSync(join(dir, 'bai-viet/bai-mau-nam-dinh.md'), 'utf8'));
    const r = buildOverPrevious(dir);
    expect(r.output).toMatch(/bai-viet\/bai-mau-nam-dinh\.md:1 — địa chỉ \(slug\) "bai-mau-nam-dinh" trùng với \S*bai-viet\/cu\/Bài mẫu Nam Định\.md/);
    expect(r.output).toMatch(/bai-viet\/cu\/Bài mẫu Nam Định\.md:1 — địa chỉ \(slug\) "bai-mau-nam-dinh" trùng với \S*bai-viet\/bai-mau-nam-dinh\.md/);
  });
});

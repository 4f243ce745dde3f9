/**
 * Feeds, sitemaps, robots.txt, structured data, Open Graph, archives and share
 * images of a real build of the fixture content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { fixtureSite, FIXTURE_SITE_URL } from '../support/site.ts';
import { FIXTURE } from '../build/build-helpers.ts';
import { parseXml } from './xml.ts';
import { decodeEntities, fileForPath, filesOf, jsonLdOf, meta, pathOfHtml, read } from './dist-helpers.ts';
import { vocabularyProblems } from './schema-vocab.ts';

const SITE = FIXTURE_SITE_URL;
/** The fixture site, shared with other test files: read only. */
let dist: string;
let html: string[];
beforeAll(() => {
  dist = fixtureSite();
  html = filesOf(dist, '.html');
});

const page = (path: string) => read(dist, fileForPath(dist, path)!.slice(dist.length + 1));
const local = (url: string) => {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  return url.slice(SITE.length);
};
/** Story links of a listing page (its cards), as site paths. */
const cardLinks = (h: string) => [...h.matchAll(/class="card-title"><a href="([^"]+)"/g)].map((m) => m[1]!).sort();
const storyPages = () =>
  html
    .map(pathOfHtml)
    .filter((p) => /^\/(bai-viet|hoi-nghi|van-ban|guong-sang\/(ca-nhan|tap-the))\/[^/]+\/$/.test(p) && !/\/trang-\d+\/$/.test(p))
    .sort();
const feed = (path: string) => parseXml(page(path)).rss.channel;
const itemPaths = (ch: any) => (ch.item ?? []).map((i: any) => local(i.link)).sort();

describe('RSS feeds', () => {
  it('all parse as RSS 2.0 in Vietnamese, with dated, linked items whose pages exist', () => {
    const feeds = filesOf(dist, 'rss.xml');
    expect(feeds.length).toBeGreaterThan(10);
    for (const f of feeds) {
      const doc = parseXml(read(dist, f));
      expect(doc.rss['@version'], f).toBe('2.0');
      const ch = doc.rss.channel;
      expect(ch.language, f).toBe('vi');
      expect(ch['atom:link']['@href'], f).toBe(`${SITE}/${f}`);
      expect(fileForPath(dist, local(ch.link)), `${f}: page of the feed`).toBeDefined();
      for (const item of ch.item ?? []) {
        expect(item.title, f).toBeTruthy();
        expect(item.description, f).toBeTruthy();
        expect(item.pubDate, f).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
        expect(fileForPath(dist, local(item.link)), item.link).toBeDefined();
      }
    }
  });

  it('the site feed lists every story, and no draft or scheduled one', () => {
    const ch = feed('/rss.xml');
    expect(itemPaths(ch)).toEqual(storyPages());
    expect(JSON.stringify(ch)).not.toMatch(/bai-nhap|bai-hen-gio/);
    const nd = ch.item.find((i: any) => i.link.endsWith('/bai-viet/bai-mau-nam-dinh/'));
    expect(nd.pubDate).toBe('Mon, 10 May 2021 08:17:00 +0700');
    expect(nd.title).toBe('Bài mẫu về nêu gương ở Nam Định');
    expect(nd.description).toBe('Bài mẫu dùng trong kiểm thử liên kết hai chiều.');
  });

  it('carries the cover image of stories that have one', () => {
    const item = feed('/hoi-nghi/rss.xml').item.find((i: any) => i.link.endsWith('/hoi-nghi/hoi-nghi-mau/'));
    const media = item['media:content'];
    expect(media['@type']).toBe('image/jpeg');
    expect(media['media:description']).toBe('Ảnh minh họa màu đỏ');
    expect(fileForPath(dist, local(media['@url']))).toBeDefined();
  });

  it('each section, tag and collection feed lists what its page lists', () => {
    for (const list of ['/tag/neu-guong/', '/tag/nam-dinh/', '/chuyen-muc/xay-dung-dang/', '/hoi-nghi/', '/bai-viet/', '/van-ban/']) {
      expect(itemPaths(feed(`${list}rss.xml`)), list).toEqual(cardLinks(page(list)));
    }
    expect(itemPaths(feed('/guong-sang/rss.xml'))).toEqual(storyPages().filter((p) => p.startsWith('/guong-sang/')));
  });

  it('each directive has a feed of the stories citing it', () => {
    for (const directive of storyPages().filter((p) => p.startsWith('/van-ban/'))) {
      const h = page(directive);
      const block = h.slice(h.indexOf('id="trich-dan"'), h.indexOf('</section>', h.indexOf('id="trich-dan"')));
      const citing = h.includes('id="trich-dan"') ? [...block.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!).sort() : [];
      expect(itemPaths(feed(`${directive}rss.xml`)), directive).toEqual(citing);
    }
    expect(itemPaths(feed('/van-ban/quy-dinh-08-qdi-tw/rss.xml'))).toContain('/bai-viet/bai-mau-nam-dinh/');
  });

  it('are advertised with <link rel="alternate"> on the pages they follow', () => {
    const alternates = (h: string) => [...h.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="([^"]+)" href="([^"]+)"/g)].map((m) => m[2]);
    for (const f of filesOf(dist, 'rss.xml')) {
      const pagePath = `/${f.replace(/rss\.xml$/, '')}`;
      expect(alternates(page(pagePath)), pagePath).toContain(`/${f}`);
    }
    // Every page offers the site feed; a tag's second page still offers the tag's.
    for (const f of html) expect(alternates(read(dist, f)), f).toContain('/rss.xml');
  });
});

describe('sitemaps and robots.txt', () => {
  it('the index names both sitemaps, with lastmod in +07:00', () => {
    const idx = parseXml(page('/sitemap-index.xml')).sitemapindex.sitemap;
    expect(idx.map((s: any) => local(s.loc))).toEqual(['/sitemap-pages.xml', '/sitemap-news.xml']);
    expect(idx[0].lastmod).toMatch(/\+07:00$/);
  });

  it('every sitemap URL is a built page, and every page (but 404) is in the sitemap', () => {
    const urls = parseXml(page('/sitemap-pages.xml')).urlset.url;
    const paths = urls.map((u: any) => local(u.loc));
    for (const p of paths) expect(fileForPath(dist, p), p).toMatch(/index\.html$/);
    expect(new Set(paths).size).toBe(paths.length);
    const built = html.filter((f) => f !== '404.html' && !f.startsWith('tim-kiem/')).map(pathOfHtml);
    expect([...paths].sort()).toEqual(expect.arrayContaining(built));
    expect(paths.sort()).toEqual(built.sort());
    const nd = urls.find((u: any) => u.loc === `${SITE}/bai-viet/bai-mau-nam-dinh/`);
    expect(nd.lastmod).toBe('2021-05-10T08:17:00+07:00');
  });

  it('the news sitemap is valid and, for stories years old, empty', () => {
    const doc = parseXml(page('/sitemap-news.xml'));
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(doc.urlset.url).toBeUndefined();
  });

  it('robots.txt points at the sitemaps', () => {
    const robots = page('/robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-news.xml`);
  });
});

describe('structured data', () => {
  const types = (h: string) => jsonLdOf(h).map((d) => d['@type']);

  it('every block on every page is valid JSON using only schema.org properties', () => {
    let blocks = 0;
    for (const f of html) {
      for (const data of jsonLdOf(read(dist, f))) {
        blocks++;
        expect(data['@context'], f).toBe('https://schema.org');
        expect(vocabularyProblems(data), f).toEqual([]);
      }
    }
    expect(blocks).toBeGreaterThan(html.length);
  });

  it('story pages carry a NewsArticle with the required properties', () => {
    for (const p of storyPages()) {
      const h = page(p);
      const a = jsonLdOf(h).find((d) => d['@type'] === 'NewsArticle');
      expect(a, p).toBeDefined();
      expect(a.headline, p).toBe(decodeEntities(/<h1 class="story-title">([^<]+)<\/h1>/.exec(h)![1]!));
      expect(a.url).toBe(`${SITE}${p}`);
      expect(a.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      expect(a.dateModified).toMatch(/\+07:00$/);
      expect(a.inLanguage).toBe('vi');
      expect(a.author).toBeTruthy();
      expect(a.publisher).toMatchObject({ '@type': 'Organization', name: 'Gương Sáng' });
      expect(fileForPath(dist, local(a.publisher.logo.url))).toBeDefined();
      expect(a.image.length).toBeGreaterThanOrEqual(1);
      for (const img of a.image) expect(fileForPath(dist, local(img)), img).toBeDefined();
    }
    const nd = jsonLdOf(page('/bai-viet/bai-mau-nam-dinh/')).find((d) => d['@type'] === 'NewsArticle');
    expect(nd).toMatchObject({
      datePublished: '2021-05-10T08:17:00+07:00',
      articleSection: 'Xây dựng Đảng',
      keywords: 'nêu gương, Nam Định',
      author: [{ '@type': 'Person', name: 'Phóng viên mẫu' }],
    });
  });

  it('honourees are a Person or an Organization, conferences an Event, directives Legislation', () => {
    expect(types(page('/guong-sang/ca-nhan/nguyen-van-mau/'))).toContain('Person');
    expect(types(page('/guong-sang/tap-the/truong-mau/'))).toContain('Organization');
    const event = jsonLdOf(page('/hoi-nghi/hoi-nghi-mau/')).find((d) => d['@type'] === 'Event');
    expect(event).toMatchObject({ name: 'Hội nghị mẫu về trách nhiệm nêu gương', startDate: '2019-07-20T08:00:00+07:00', location: { name: 'Hội trường mẫu' } });
    const law = jsonLdOf(page('/van-ban/quy-dinh-08-qdi-tw/')).find((d) => d['@type'] === 'Legislation');
    expect(law).toMatchObject({
      legislationIdentifier: '08-QĐi/TW',
      legislationType: 'Quy định',
      legislationDate: '2018-10-25',
      legislationPassedBy: { name: 'Ban Chấp hành Trung ương' },
    });
    const article = jsonLdOf(page('/van-ban/quy-dinh-08-qdi-tw/')).find((d) => d['@type'] === 'NewsArticle');
    expect(article.about['@id']).toBe(law['@id']);
  });

  it('every page with a breadcrumb has a matching BreadcrumbList', () => {
    let seen = 0;
    for (const f of html) {
      const h = read(dist, f);
      const nav = /<nav class="breadcrumb"[\s\S]*?<\/nav>/.exec(h)?.[0];
      const list = jsonLdOf(h).find((d) => d['@type'] === 'BreadcrumbList');
      if (!nav) {
        expect(list, f).toBeUndefined();
        continue;
      }
      seen++;
      const labels = [...nav.matchAll(/<li>(?:<a [^>]*>|<span[^>]*>)([^<]+)</g)].map((m) => decodeEntities(m[1]!));
      expect(
        list.itemListElement.map((i: any) => i.name),
        f,
      ).toEqual(labels);
      expect(list.itemListElement[0].item).toBe(`${SITE}/`);
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('the home page describes the WebSite with a search action on /tim-kiem/?q=', () => {
    const site_ = jsonLdOf(page('/')).find((d) => d['@type'] === 'WebSite');
    expect(site_.potentialAction.target.urlTemplate).toBe(`${SITE}/tim-kiem/?q={search_term_string}`);
    expect(site_.inLanguage).toBe('vi');
  });
});

describe('Open Graph, Twitter and share images', () => {
  it('every page has a canonical URL, a description and a share image of 1200:630 whose size it states', async () => {
    const checked = new Set<string>();
    for (const f of html.filter((x) => x !== '404.html')) {
      const h = read(dist, f);
      expect(h, f).toContain(`<link rel="canonical" href="${SITE}${pathOfHtml(f)}">`);
      expect(meta(h, 'description').length, f).toBe(1);
      expect(meta(h, 'og:locale'), f).toEqual(['vi_VN']);
      expect(meta(h, 'og:url'), f).toEqual([`${SITE}${pathOfHtml(f)}`]);
      expect(meta(h, 'twitter:card'), f).toEqual(['summary_large_image']);
      const [image] = meta(h, 'og:image');
      expect(meta(h, 'twitter:image'), f).toEqual([image]);
      if (!checked.has(image!)) {
        checked.add(image!);
        const file = fileForPath(dist, local(image!));
        expect(file, image).toBeDefined();
        const m = await sharp(file).metadata();
        // 1200×630, or a cover's largest 1200:630 crop that needs no enlarging (600 px wide at least).
        expect(m.format, image).toBe('jpeg');
        expect(m.width, image).toBeGreaterThanOrEqual(600);
        expect(m.width, image).toBeLessThanOrEqual(1200);
        expect(Math.abs(m.height - (m.width * 630) / 1200), image).toBeLessThanOrEqual(1);
        expect(meta(h, 'og:image:width'), f).toEqual([String(m.width)]);
        expect(meta(h, 'og:image:height'), f).toEqual([String(m.height)]);
      }
    }
  });

  it('story pages are articles with their times, section and tags', () => {
    const h = page('/hoi-nghi/hoi-nghi-mau/');
    expect(meta(h, 'og:type')).toEqual(['article']);
    expect(meta(h, 'og:title')).toEqual(['Hội nghị mẫu về trách nhiệm nêu gương']);
    expect(meta(h, 'description')).toEqual(['Bản tin mẫu về một hội nghị, dùng trong kiểm thử.']);
    expect(meta(h, 'article:published_time')).toEqual(['2019-07-20T14:30:00+07:00']);
    expect(meta(h, 'article:section')).toEqual(['Xây dựng Đảng']);
    expect(meta(h, 'article:tag')).toEqual(['nêu gương', 'Hà Nội']);
    // Its cover (800×450) is its share image, cropped by Astro's image pipeline.
    expect(meta(h, 'og:image')[0]).toMatch(new RegExp(`^${SITE}/_astro/hoi-nghi-mau\\.[\\w-]+\\.jpe?g$`));
    expect([meta(h, 'og:image:width'), meta(h, 'og:image:height')]).toEqual([['800'], ['420']]);
    expect(meta(page('/van-ban/quy-dinh-08-qdi-tw/'), 'og:image')).toEqual([`${SITE}/anh-chia-se/van-ban/quy-dinh-08-qdi-tw.jpg`]);
    expect(meta(page('/tag/'), 'og:type')).toEqual(['website']);
  });

  it('a story with a cover is shared with the cover itself, nothing drawn over it; one without gets the red card', async () => {
    const cover = meta(page('/hoi-nghi/hoi-nghi-mau/'), 'og:image')[0]!;
    // No card is drawn for it.
    expect(fileForPath(dist, '/anh-chia-se/hoi-nghi/hoi-nghi-mau.jpg')).toBeUndefined();
    // The cover fixture is a flat red picture: its crop is that red edge to edge — no title, no band.
    const stats = await sharp(fileForPath(dist, local(cover))).stats();
    const source = await sharp(join(FIXTURE, 'hoi-nghi/anh/hoi-nghi-mau.jpg')).stats();
    stats.channels.slice(0, 3).forEach((c, i) => {
      expect(Math.abs(c.mean - source.channels[i]!.mean)).toBeLessThan(3);
      expect(c.stdev).toBeLessThan(6);
    });
    // A story without a cover gets the card, with its band in the masthead red.
    const card = fileForPath(dist, '/anh-chia-se/van-ban/quy-dinh-08-qdi-tw.jpg')!;
    const { data } = await sharp(card).extract({ left: 1100, top: 600, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(Math.abs(data[0]! - 0xa4) + Math.abs(data[1]! - 0x16) + Math.abs(data[2]! - 0x1a)).toBeLessThan(30);
  });
});

describe('archives and navigation', () => {
  it('builds a page per month, headed "Tháng 7 năm 2019"', () => {
    const h = page('/2019/07/');
    expect(h).toContain('<h1 class="list-title">Tháng 7 năm 2019</h1>');
    expect(cardLinks(h)).toEqual(['/hoi-nghi/hoi-nghi-mau/']);
    expect(cardLinks(page('/2021/05/'))).toEqual(expect.arrayContaining(['/bai-viet/bai-mau-nam-dinh/', '/van-ban/quy-dinh-08-qdi-tw/']));
  });

  it('the archive index lists every year and month with a story, and links to each', () => {
    const h = page('/luu-tru/');
    expect(h).toContain('Năm 2021');
    expect(h).toContain('Năm 2019');
    const months = [...h.matchAll(/<a href="(\/\d{4}\/\d{2}\/)">(Tháng \d+ năm \d{4})<\/a>/g)].map((m) => m[1]!);
    expect(months).toEqual(['/2021/05/', '/2019/07/']);
    for (const m of months) expect(fileForPath(dist, m)).toBeDefined();
    // Every story is in exactly one month.
    const inMonths = months.flatMap((m) => cardLinks(page(m))).sort();
    expect(inMonths).toEqual(storyPages());
    expect(page('/')).toContain('href="/luu-tru/"');
  });

  it('story pages have a share row: Facebook, Zalo, copy link, print, and the address for paper', () => {
    const h = page('/bai-viet/bai-mau-nam-dinh/');
    expect(h).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${SITE}/bai-viet/bai-mau-nam-dinh/`)}"`);
    expect(h).toContain(`href="https://sp.zalo.me/share_inline?url=${encodeURIComponent(`${SITE}/bai-viet/bai-mau-nam-dinh/`)}"`);
    expect(h).toMatch(/<button type="button" class="share-link" data-print>In bài<\/button>/);
    expect(h).toContain(`<p class="print-url">Địa chỉ bài viết: ${SITE}/bai-viet/bai-mau-nam-dinh/</p>`);
  });

  it('has no "Tiêu điểm" block when no story is featured, and no fake "most read"', () => {
    const h = page('/');
    expect(h).not.toContain('Tiêu điểm');
    expect(h).not.toMatch(/Xem nhiều/i);
  });

  it('loads nothing from another host', () => {
    for (const f of html) {
      const h = read(dist, f);
      for (const m of h.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*\s(?:src|href|srcset)="([^"]+)"/g)) {
        if (/<link rel="(canonical|alternate)"/.test(m[0])) continue;
        expect(m[1], `${f}: ${m[0]}`).toMatch(/^\/(?!\/)/);
      }
    }
    expect(existsSync(join(dist, '_headers'))).toBe(true);
  });
});

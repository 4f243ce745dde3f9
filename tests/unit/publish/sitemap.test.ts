import { describe, expect, it } from 'vitest';
import { newsStories, NEWS_WINDOW_MS, renderNewsSitemap, renderRobots, renderSitemapIndex, renderUrlset } from '../../../src/lib/publish/sitemap.ts';
import { parseXml } from '../../publish/xml.ts';
import { story } from './helpers.ts';

describe('sitemaps', () => {
  it('lists URLs with lastmod in +07:00', () => {
    const doc = parseXml(renderUrlset([{ loc: 'https://gs.example.vn/a?b=1&c=2', lastmod: new Date('2021-05-10T01:17:00Z') }, { loc: 'https://gs.example.vn/' }]));
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url[0]).toEqual({ loc: 'https://gs.example.vn/a?b=1&c=2', lastmod: '2021-05-10T08:17:00+07:00' });
    expect(doc.urlset.url[1].lastmod).toBeUndefined();
  });
  it('writes an index of sitemaps', () => {
    const doc = parseXml(renderSitemapIndex([{ loc: 'https://gs.example.vn/sitemap-pages.xml', lastmod: new Date('2021-05-10T01:17:00Z') }]));
    expect(doc.sitemapindex.sitemap[0].loc).toBe('https://gs.example.vn/sitemap-pages.xml');
  });
  it('refuses more URLs than one sitemap may hold', () => {
    expect(() => renderUrlset(Array.from({ length: 50_001 }, (_, i) => ({ loc: `https://x/${i}` })))).toThrow(/50000/);
  });
});

describe('news sitemap', () => {
  const now = new Date('2021-05-12T12:00:00+07:00');
  const hours = (h: number) => new Date(now.getTime() - h * 3600_000);
  const stories = [
    story('articles/moi', { date: hours(1) }),
    story('conferences/hom-qua', { date: hours(30) }),
    story('articles/vua-het-han', { date: new Date(now.getTime() - NEWS_WINDOW_MS) }),
    story('articles/qua-han', { date: hours(49) }),
    story('articles/hen-gio', { date: hours(-2) }),
    story('directives/van-ban', { date: hours(1) }),
  ];

  it('keeps stories of the last two days, newest first, no directives, nothing from the future', () => {
    expect(newsStories(stories, now).map((s) => s.id)).toEqual(['moi', 'hom-qua', 'vua-het-han']);
  });

  it('writes Google News entries with publication, language vi, date and title', () => {
    const doc = parseXml(renderNewsSitemap([{ loc: 'https://gs.example.vn/bai-viet/moi/', title: 'Tin "mới" & nóng', date: hours(1) }], 'Gương Sáng'));
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const news = doc.urlset.url[0]['news:news'];
    expect(news['news:publication']).toEqual({ 'news:name': 'Gương Sáng', 'news:language': 'vi' });
    expect(news['news:publication_date']).toBe('2021-05-12T11:00:00+07:00');
    expect(news['news:title']).toBe('Tin "mới" & nóng');
  });

  it('is a valid, empty urlset when nothing is recent', () => {
    const doc = parseXml(renderNewsSitemap([], 'Gương Sáng'));
    expect(doc.urlset.url).toBeUndefined();
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  });

  it('points robots.txt at both sitemaps', () => {
    const robots = renderRobots('https://gs.example.vn/g/sitemap-index.xml', 'https://gs.example.vn/g/sitemap-news.xml');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Sitemap: https:\/\/gs\.example\.vn\/g\/sitemap-index\.xml$/m);
    expect(robots).toMatch(/^Sitemap: https:\/\/gs\.example\.vn\/g\/sitemap-news\.xml$/m);
  });
});

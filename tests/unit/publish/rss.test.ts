import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, renderRss, uniqueCategories, type FeedItem } from '../../../src/lib/publish/rss.ts';
import { escapeXml, rfc822Vn } from '../../../src/lib/publish/xml.ts';
import { parseXml } from '../../publish/xml.ts';

const item = (n: number, over: Partial<FeedItem> = {}): FeedItem => ({
  title: `Tin ${n}`,
  link: `https://gs.example.vn/bai-viet/tin-${n}/`,
  description: `Sapo ${n}`,
  date: new Date(Date.UTC(2021, 4, n, 1, 17)),
  categories: [],
  ...over,
});
const channel = (items: FeedItem[]) => ({ title: 'Tin mới – Gương Sáng', description: 'Mô tả', link: 'https://gs.example.vn/', self: 'https://gs.example.vn/rss.xml', items });

describe('RSS dates and escaping', () => {
  it('writes RFC 822 dates in Vietnam time, +0700', () => {
    expect(rfc822Vn(new Date('2021-05-10T01:17:05Z'))).toBe('Mon, 10 May 2021 08:17:05 +0700');
    // 20:30 UTC on 31 December is already New Year's Day in Vietnam.
    expect(rfc822Vn(new Date('2020-12-31T20:30:00Z'))).toBe('Fri, 01 Jan 2021 03:30:00 +0700');
  });
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml('Tin <b>"A" & B\'</b>\u0007')).toBe('Tin &lt;b&gt;&quot;A&quot; &amp; B&apos;&lt;/b&gt;');
  });
});

describe('renderRss', () => {
  it('is RSS 2.0 in Vietnamese with a self link, items newest first', () => {
    const doc = parseXml(renderRss(channel([item(3), item(12), item(7)])));
    expect(doc.rss['@version']).toBe('2.0');
    const ch = doc.rss.channel;
    expect(ch.language).toBe('vi');
    expect(ch.title).toBe('Tin mới – Gương Sáng');
    expect(ch['atom:link']['@href']).toBe('https://gs.example.vn/rss.xml');
    expect(ch.item.map((i: any) => i.title)).toEqual(['Tin 12', 'Tin 7', 'Tin 3']);
    expect(ch.lastBuildDate).toBe(ch.item[0].pubDate);
  });

  it('gives each item title, sapo, +0700 date, link, guid and categories', () => {
    const doc = parseXml(renderRss(channel([item(10, { categories: ['Xây dựng Đảng', 'nêu gương', 'Nêu gương'] })])));
    const i = doc.rss.channel.item[0];
    expect(i.title).toBe('Tin 10');
    expect(i.description).toBe('Sapo 10');
    expect(i.link).toBe('https://gs.example.vn/bai-viet/tin-10/');
    expect(i.guid['#text']).toBe(i.link);
    expect(i.guid['@isPermaLink']).toBe('true');
    expect(i.pubDate).toBe('Mon, 10 May 2021 08:17:00 +0700');
    expect(i.category).toEqual(['Xây dựng Đảng', 'nêu gương']);
  });

  it('carries the cover image as media:content', () => {
    const doc = parseXml(
      renderRss(channel([item(1, { image: { url: 'https://gs.example.vn/_astro/a.jpg', type: 'image/jpeg', width: 1200, height: 800, alt: 'Ảnh & chú thích' } })])),
    );
    const media = doc.rss.channel.item[0]['media:content'];
    expect(media['@url']).toBe('https://gs.example.vn/_astro/a.jpg');
    expect(media['@medium']).toBe('image');
    expect(media['@width']).toBe('1200');
    expect(media['media:description']).toBe('Ảnh & chú thích');
  });

  it('keeps titles with markup characters intact', () => {
    const doc = parseXml(renderRss(channel([item(1, { title: 'Quy định 08-QĐi/TW: "nêu gương" <mới> & cũ' })])));
    expect(doc.rss.channel.item[0].title).toBe('Quy định 08-QĐi/TW: "nêu gương" <mới> & cũ');
  });

  it(`stops at ${FEED_LIMIT} items and stays valid with none`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, n) => item(1, { link: `https://gs.example.vn/${n}/`, date: new Date(Date.UTC(2021, 0, 1) + n * 3600_000) }));
    expect(parseXml(renderRss(channel(many))).rss.channel.item).toHaveLength(FEED_LIMIT);
    const empty = parseXml(renderRss(channel([])));
    expect(empty.rss.channel.item).toBeUndefined();
    expect(empty.rss.channel.language).toBe('vi');
  });

  it('dedupes categories without regard to case', () => {
    expect(uniqueCategories(['Học tập và làm theo Bác', 'học tập và làm theo Bác', 'Nam Định'])).toEqual(['Học tập và làm theo Bác', 'Nam Định']);
  });
});

describe('the XML check the feed tests rely on', () => {
  it('rejects what is not well-formed', () => {
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a>')).toThrow();
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a>no declaration</a>')).toThrow();
    expect(parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>x &amp; y</a>').a).toBe('x & y');
  });
});

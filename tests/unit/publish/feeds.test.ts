import { describe, expect, it } from 'vitest';
import { feedsForPage, feedSpecs } from '../../../src/lib/publish/feeds.ts';
import { buildTagMap, backlinks } from '../../../src/lib/content/relations.ts';
import { story } from './helpers.ts';

const stories = [
  story('articles/a', { section: 'Xây dựng Đảng', tags: ['nêu gương'], directives: ['qd-08'] }),
  story('conferences/c', { section: 'Xây dựng Đảng', tags: ['Nam Định'], directives: ['qd-08'] }),
  story('honourees/h', { tags: ['nêu gương'] }),
  story('directives/qd-08'),
];
const site = {
  stories,
  tags: buildTagMap(stories),
  citing: backlinks(stories, 'directives'),
  directives: [{ id: 'qd-08', data: { kind: 'Quy định', code: '08-QĐi/TW' } }],
};
const specs = feedSpecs(site);
const byPath = new Map(specs.map((s) => [s.path, s]));

describe('feed list', () => {
  it('has one feed for the site, each collection, section, tag and directive', () => {
    expect([...byPath.keys()]).toEqual([
      '/rss.xml',
      // The collections in the menu's order (src/lib/content/collections.ts).
      '/hoi-nghi/rss.xml',
      '/guong-sang/rss.xml',
      '/van-ban/rss.xml',
      '/bai-viet/rss.xml',
      '/chuyen-muc/xay-dung-dang/rss.xml',
      '/chuyen-muc/hoc-tap-va-lam-theo-bac/rss.xml',
      '/chuyen-muc/nguoi-tot-viec-tot/rss.xml',
      '/tag/nam-dinh/rss.xml',
      '/tag/neu-guong/rss.xml',
      '/van-ban/qd-08/rss.xml',
    ]);
  });
  it('puts the right stories in each', () => {
    const ids = (p: string) =>
      byPath
        .get(p)!
        .stories.map((s) => s.id)
        .sort();
    expect(ids('/rss.xml')).toEqual(['a', 'c', 'h', 'qd-08']);
    expect(ids('/tag/neu-guong/rss.xml')).toEqual(['a', 'h']);
    expect(ids('/chuyen-muc/xay-dung-dang/rss.xml')).toEqual(['a', 'c']);
    expect(ids('/van-ban/qd-08/rss.xml')).toEqual(['a', 'c']);
    expect(ids('/guong-sang/rss.xml')).toEqual(['h']);
    expect(byPath.get('/van-ban/qd-08/rss.xml')!.title).toBe('Quy định 08-QĐi/TW – Gương Sáng');
  });
  it('advertises a list’s own feed on every page of it, then the site’s', () => {
    expect(feedsForPage('/tag/neu-guong/', specs).map((f) => f.path)).toEqual(['/tag/neu-guong/rss.xml', '/rss.xml']);
    expect(feedsForPage('/tag/neu-guong/trang-3/', specs).map((f) => f.path)).toEqual(['/tag/neu-guong/rss.xml', '/rss.xml']);
    expect(feedsForPage('/van-ban/qd-08/', specs).map((f) => f.path)).toEqual(['/van-ban/qd-08/rss.xml', '/rss.xml']);
    expect(feedsForPage('/', specs).map((f) => f.path)).toEqual(['/rss.xml']);
    expect(feedsForPage('/bai-viet/a/', specs).map((f) => f.path)).toEqual(['/rss.xml']);
  });
});

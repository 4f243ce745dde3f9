import { describe, expect, it } from 'vitest';
import { homeBlocks, LATEST, MAX_LATEST_DIRECTIVES } from '../../../src/lib/site/home.ts';
import { listingPages } from '../../../src/lib/site/listings.ts';
import { buildTagMap, type Story } from '../../../src/lib/content/relations.ts';
import { formatIssued } from '../../../src/lib/vi/dateline.ts';
import { story } from '../publish/helpers.ts';

const day = (d: number) => new Date(Date.UTC(2024, 0, d, 3));
// Filed on the site on the newest days: four issued this month (a batch), six years ago.
const directives = Array.from({ length: 10 }, (_, i) =>
  story(`directives/d${i}`, { date: day(30 - i), issued: i < 4 ? day(20 - i) : new Date(Date.UTC(2016 + (i % 5), i, 5)), section: undefined }),
);
const news: Story[] = [
  story('articles/a1', { date: day(10), section: 'Xây dựng Đảng' }),
  story('conferences/c1', { date: day(9), section: 'Xây dựng Đảng' }),
  story('honourees/h1', { date: day(8), section: undefined }),
  story('articles/a2', { date: day(7), section: 'Người tốt - Việc tốt' }),
  story('articles/a3', { date: day(6), section: 'Xây dựng Đảng' }),
];
const all = [...directives, ...news];

describe('home page blocks', () => {
  const home = homeBlocks(all, new Set(['articles/a1', 'articles/a3']));

  it('leads with the newest report, shown nowhere else on the page', () => {
    expect(home.lead?.key).toBe('articles/a1');
    const elsewhere = [...home.latest, ...home.picks, ...home.sections.flatMap((b) => b.stories), ...home.conferences, ...home.honourees, ...home.directives];
    expect(elsewhere.map((s) => s.key)).not.toContain('articles/a1');
    expect(home.picks.map((s) => s.key)).toEqual(['articles/a3']);
  });

  it('"Mới cập nhật" spans the collections, without a batch of directives flooding it', () => {
    expect(home.latest).toHaveLength(LATEST);
    expect(home.latest.filter((s) => s.type === 'directive')).toHaveLength(MAX_LATEST_DIRECTIVES);
    expect(new Set(home.latest.map((s) => s.type))).toEqual(new Set(['directive', 'conference', 'honouree', 'article']));
  });

  it('dates a document by its issue, not by the day the site filed it', () => {
    // d4…d9 were filed on the site after every news story but issued years ago: not news.
    expect(home.latest.map((s) => s.key).filter((k) => /d[4-9]$/.test(k))).toEqual([]);
    expect(home.latest.filter((s) => s.type === 'directive').map((s) => s.key)).toEqual(['directives/d0', 'directives/d1']);
  });

  it('lists documents by their issue date, not the day the site published them', () => {
    const issued = home.directives.map((s) => s.issued!.getTime());
    expect(issued).toEqual([...issued].sort((a, b) => b - a));
    const list = listingPages(all, buildTagMap(all)).find((p) => p.param === 'van-ban')!;
    expect(list.stories.map((s) => s.issued!.getTime())).toEqual([...list.stories.map((s) => s.issued!.getTime())].sort((a, b) => b - a));
    // Not the order the site filed them in.
    expect(list.stories.map((s) => s.key)).not.toEqual([...directives].sort((a, b) => b.date.getTime() - a.date.getTime()).map((s) => s.key));
  });

  it('writes an issue date as documents print it', () => {
    expect(formatIssued(new Date('2016-05-15T00:00:00+07:00'))).toBe('Ban hành ngày 15/5/2016');
  });
});

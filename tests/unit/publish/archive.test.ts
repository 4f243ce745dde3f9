import { describe, expect, it } from 'vitest';
import { archiveMonths, archivePages, archiveYears, monthHeading, monthPath } from '../../../src/lib/publish/archive.ts';
import { PAGE_SIZE } from '../../../src/lib/site/listings.ts';
import { story } from './helpers.ts';

describe('date archives', () => {
  it('names and places months the Vietnamese way', () => {
    expect(monthPath(2019, 7)).toBe('/2019/07/');
    expect(monthHeading(2019, 7)).toBe('Tháng 7 năm 2019');
  });

  it('files a story under its month in Vietnam time, not UTC', () => {
    // 31 July 20:00 UTC is 1 August 03:00 in Vietnam.
    const months = archiveMonths([story('articles/a', { date: new Date('2019-07-31T20:00:00Z') }), story('articles/b', { date: new Date('2019-07-20T01:00:00Z') })]);
    expect(months.map((m) => [m.path, m.stories.map((s) => s.id)])).toEqual([
      ['/2019/08/', ['a']],
      ['/2019/07/', ['b']],
    ]);
  });

  it('groups months by year, newest first, with counts', () => {
    const years = archiveYears([
      story('articles/a', { date: new Date('2021-05-10T01:00:00Z') }),
      story('articles/b', { date: new Date('2021-05-02T01:00:00Z') }),
      story('articles/c', { date: new Date('2021-01-02T01:00:00Z') }),
      story('articles/d', { date: new Date('2019-07-20T01:00:00Z') }),
    ]);
    expect(years.map((y) => [y.year, y.count, y.months.map((m) => m.month)])).toEqual([
      [2021, 3, [5, 1]],
      [2019, 1, [7]],
    ]);
    expect(years[0]!.months[0]!.stories.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('paginates a busy month like other lists', () => {
    const many = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => story(`articles/t${i}`, { date: new Date(Date.UTC(2021, 4, 1 + i, 1)) }));
    const pages = archivePages(many);
    expect(pages.map((p) => [p.path, p.page, p.stories.length])).toEqual([
      ['/2021/05/', undefined, PAGE_SIZE],
      ['/2021/05/trang-2/', 'trang-2', 1],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { featuredStories, sameSectionStories } from '../../../src/lib/publish/related.ts';
import { story } from './helpers.ts';

const d = (day: number) => new Date(Date.UTC(2021, 4, day));
const all = [
  story('articles/a', { section: 'Xây dựng Đảng', date: d(1) }),
  story('articles/b', { section: 'Xây dựng Đảng', date: d(3) }),
  story('conferences/c', { section: 'Xây dựng Đảng', date: d(2) }),
  story('articles/e', { section: 'Người tốt - Việc tốt', date: d(4) }),
  story('directives/x', { date: d(5) }),
  story('directives/y', { date: d(6) }),
  story('honourees/h', { date: d(7) }),
];

describe('Tin cùng chuyên mục', () => {
  it('lists other stories of the same section, newest first', () => {
    expect(sameSectionStories(all[0]!, all).map((s) => s.id)).toEqual(['b', 'c']);
  });
  it('leaves out what Tin khác already shows, and respects the limit', () => {
    expect(sameSectionStories(all[0]!, all, 5, [all[1]!]).map((s) => s.id)).toEqual(['c']);
    expect(sameSectionStories(all[0]!, all, 1).map((s) => s.id)).toEqual(['b']);
  });
  it('groups stories without a section with their own kind', () => {
    expect(sameSectionStories(all[4]!, all).map((s) => s.id)).toEqual(['y']);
    expect(sameSectionStories(all[6]!, all)).toEqual([]);
  });
});

describe('Tiêu điểm', () => {
  it('shows only the editors’ picks, newest first', () => {
    expect(featuredStories(all, new Set(['articles/a', 'articles/e'])).map((s) => s.id)).toEqual(['e', 'a']);
    expect(featuredStories(all, new Set())).toEqual([]);
  });
});

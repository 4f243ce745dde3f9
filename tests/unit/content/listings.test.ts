import { describe, expect, it } from 'vitest';
import { listingPages, PAGE_SIZE } from '../../../src/lib/site/listings.ts';
import { buildTagMap, type Story } from '../../../src/lib/content/relations.ts';

const story = (i: number, over: Partial<Story> = {}): Story => ({
  key: `conferences/c${i}`, type: 'conference', id: `c${i}`, url: `/hoi-nghi/c${i}/`, title: `Hội nghị ${i}`, sapo: '',
  date: new Date(Date.UTC(2020, 0, 1 + i)), section: 'Xây dựng Đảng', tags: ['Nêu gương'], directives: [], honourees: [], ...over,
});

describe('listing pages', () => {
  const stories = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => story(i));
  const pages = listingPages(stories, buildTagMap(stories));

  it('paginates each list as /list/, /list/trang-2/, …', () => {
    const conf = pages.filter((p) => p.listPath === '/hoi-nghi/');
    expect(conf.map((p) => p.param)).toEqual(['hoi-nghi', 'hoi-nghi/trang-2', 'hoi-nghi/trang-3']);
    expect(conf.map((p) => p.stories.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
    expect(conf.every((p) => p.total === 3)).toBe(true);
  });
  it('lists newest first across pages', () => {
    const conf = pages.filter((p) => p.listPath === '/hoi-nghi/').flatMap((p) => p.stories);
    expect(conf[0]!.id).toBe(`c${PAGE_SIZE * 2}`);
    expect(conf.at(-1)!.id).toBe('c0');
  });
  it('gives sections and tags ASCII paths and Vietnamese headings', () => {
    const section = pages.find((p) => p.param === 'chuyen-muc/xay-dung-dang')!;
    expect(section.heading).toBe('Xây dựng Đảng');
    const tag = pages.find((p) => p.param === 'tag/neu-guong')!;
    expect(tag.heading).toBe('Tag: Nêu gương');
    expect(tag.breadcrumb.map((c) => c.label)).toEqual(['Trang chủ', 'Tag', 'Nêu gương']);
  });
  it('keeps one (empty) page for a list with no stories', () => {
    const empty = pages.filter((p) => p.listPath === '/bai-viet/');
    expect(empty).toHaveLength(1);
    expect(empty[0]!.stories).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { backlinks, buildTagMap, byDateDesc, paginate, relatedStories, relationScore, type Story } from '../../../src/lib/content/relations.ts';
import { isPublished } from '../../../src/lib/content/publishing.ts';

const story = (key: string, over: Partial<Story> = {}): Story => {
  const [collection, id] = key.split('/') as [string, string];
  const type = ({ directives: 'directive', conferences: 'conference', honourees: 'honouree', articles: 'article' } as const)[collection as 'articles'];
  return { key, type, id, url: `/${id}/`, title: id, sapo: '', date: new Date('2021-01-01T00:00:00Z'), tags: [], directives: [], honourees: [], ...over };
};

describe('tag map', () => {
  const stories = [
    story('articles/a', { tags: ['Nêu gương', 'Nam Định'] }),
    story('articles/b', { tags: ['nêu gương'], date: new Date('2022-01-01T00:00:00Z') }),
    story('conferences/c', { tags: ['nêu gương', 'Hà Nội'] }),
  ];
  const tags = buildTagMap(stories);
  it('groups spellings that differ by case under one ASCII slug', () => {
    expect([...tags.keys()]).toContain('neu-guong');
    expect(tags.get('neu-guong')!.stories.map((s) => s.key)).toEqual(['articles/b', 'articles/a', 'conferences/c']);
  });
  it('shows the most used spelling', () => {
    expect(tags.get('neu-guong')!.name).toBe('nêu gương');
  });
  it('orders tags the Vietnamese way', () => {
    expect([...tags.values()].map((t) => t.name)).toEqual(['Hà Nội', 'Nam Định', 'nêu gương']);
  });
});

describe('backlinks', () => {
  it('lists every story citing a directive, newest first, once each', () => {
    const stories = [
      story('articles/old', { directives: ['d1', 'd1'], date: new Date('2019-01-01T00:00:00Z') }),
      story('conferences/new', { directives: ['d1', 'd2'], date: new Date('2020-01-01T00:00:00Z') }),
      story('honourees/h', { directives: ['d2'] }),
    ];
    const map = backlinks(stories, 'directives');
    expect(map.get('d1')!.map((s) => s.key)).toEqual(['conferences/new', 'articles/old']);
    expect(map.get('d2')!.map((s) => s.key)).toEqual(['honourees/h', 'conferences/new']);
    expect(map.get('d3')).toBeUndefined();
  });
});

describe('Tin khác', () => {
  const base = story('articles/base', { directives: ['d1'], honourees: ['h1'], tags: ['nêu gương'] });
  const sharesHonouree = story('articles/h', { honourees: ['h1'], date: new Date('2018-01-01T00:00:00Z') });
  const sharesDirective = story('articles/d', { directives: ['d1'], date: new Date('2019-01-01T00:00:00Z') });
  const sharesTag = story('articles/t', { tags: ['Nêu gương'], date: new Date('2020-01-01T00:00:00Z') });
  const unrelatedNew = story('articles/n', { date: new Date('2024-01-01T00:00:00Z') });
  const unrelatedOld = story('articles/o', { date: new Date('2010-01-01T00:00:00Z') });
  const all = [base, unrelatedOld, sharesTag, unrelatedNew, sharesDirective, sharesHonouree];

  it('ranks by what is shared before recency', () => {
    expect(relatedStories(base, all).map((s) => s.key)).toEqual(['articles/h', 'articles/d', 'articles/t', 'articles/n', 'articles/o']);
  });
  it('never lists the story itself and honours the limit', () => {
    expect(relatedStories(base, all, 2).map((s) => s.key)).toEqual(['articles/h', 'articles/d']);
    // Pages build a fresh object for the story they show: it must still be left out.
    const fresh = { ...base, tags: [...base.tags] };
    expect(relatedStories(fresh, all).map((s) => s.key)).not.toContain('articles/base');
    expect(relatedStories(fresh, all).map((s) => s.key)).toEqual(relatedStories(base, all).map((s) => s.key));
  });
  it('relates a directive page to stories citing it, and an honouree page to stories naming it', () => {
    expect(relationScore(story('directives/d1'), sharesDirective)).toBeGreaterThan(0);
    expect(relationScore(story('honourees/h1'), sharesHonouree)).toBeGreaterThan(0);
    expect(relationScore(story('directives/d9'), sharesDirective)).toBe(0);
  });
  it('relates an article to the conference it reports', () => {
    expect(relationScore(story('articles/r', { conference: 'c1' }), story('conferences/c1', { conference: 'c1' }))).toBeGreaterThan(0);
  });
});

describe('pagination', () => {
  it('splits into pages and keeps one page for an empty list', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
    expect(paginate([], 10)).toEqual([{ items: [], current: 1, total: 1 }]);
  });
});

describe('publishing', () => {
  const now = new Date('2021-05-10T00:00:00Z');
  it('leaves out drafts and entries scheduled for later unless drafts are asked for', () => {
    expect(isPublished({ draft: false, publishedAt: new Date('2021-05-09T00:00:00Z') }, now)).toBe(true);
    expect(isPublished({ draft: true, publishedAt: new Date('2021-05-09T00:00:00Z') }, now)).toBe(false);
    expect(isPublished({ draft: false, publishedAt: new Date('2021-05-11T00:00:00Z') }, now)).toBe(false);
    expect(isPublished({ draft: true, publishedAt: new Date('2021-05-11T00:00:00Z') }, now, true)).toBe(true);
  });
});

describe('related index at scale', () => {
  /**
   * `count` stories with up to two each of `directives`, `honourees` and `tags` distinct values
   * (seeded, so the same every run), dated over `days` days.
   */
  function randomStories(count: number, seed: number, vocab: { directives: number; honourees: number; tags: number }, days: number): Story[] {
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = (n: number, prefix: string) => Array.from({ length: Math.floor(rand() * 3) }, () => `${prefix}${Math.floor(rand() * n)}`);
    return Array.from({ length: count }, (_, i) =>
      story(`articles/s${i}`, {
        directives: pick(vocab.directives, 'd'),
        honourees: pick(vocab.honourees, 'h'),
        tags: pick(vocab.tags, 'tag '),
        date: new Date(Date.UTC(2020, 0, 1 + (i % days))),
      }),
    );
  }

  it('agrees with the pairwise score on a random corpus', () => {
    const stories = randomStories(400, 7, { directives: 10, honourees: 30, tags: 8 }, 97);
    for (const s of stories.slice(0, 50)) {
      const got = relatedStories(s, stories);
      const best = Math.max(...stories.filter((o) => o !== s).map((o) => relationScore(s, o)));
      expect(relationScore(s, got[0]!)).toBe(best);
      const scores = got.map((o) => relationScore(s, o));
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });

  it('gives exactly the pairwise ranking (score, then newest, then key) where no feature passes the cap', () => {
    // 150 stories: no directive, honouree or tag is on more than the cap's 200; dates tie often.
    const stories = randomStories(150, 11, { directives: 6, honourees: 20, tags: 5 }, 7);
    for (const s of stories) {
      const others = stories.filter((o) => o !== s);
      const related = others
        .map((o) => ({ o, score: relationScore(s, o) }))
        .filter((x) => x.score > 0)
        .sort((x, y) => y.score - x.score || byDateDesc(x.o, y.o))
        .slice(0, 6)
        .map((x) => x.o);
      const filled = [...related, ...[...others].sort(byDateDesc).filter((o) => !related.includes(o))].slice(0, 6);
      expect(relatedStories(s, stories).map((o) => o.key)).toEqual(filled.map((o) => o.key));
    }
  });
});

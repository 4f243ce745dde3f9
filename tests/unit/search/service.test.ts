import { describe, expect, it } from 'vitest';
import { responder, SearchService } from '../../../src/lib/search/service.ts';
import type { TieredCard, TieredOutcome, TieredSearch } from '../../../src/lib/search/tiers.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';

/**
 * Two tiers that know, for any query but "hỏng" (which throws), two headline results and
 * one more in the full text, asked only when the list reaches past the headlines.
 */
function tiers() {
  const asked: string[] = [];
  const card = (id: string, tier: 'headline' | 'full'): TieredCard => ({
    url: `/${id}/`,
    title: id.toUpperCase(),
    type: 'Bài viết',
    date: '2021-05-10T08:00:00+07:00',
    excerpt: [{ text: id, mark: false }],
    tier,
  });
  const list = [card('a', 'headline'), card('b', 'headline'), card('c', 'full')];
  const search = {
    async search(q: string): Promise<TieredOutcome> {
      if (q === 'hỏng') throw new Error('broken');
      return { query: parseQuery(q), understood: q, tier: 'headline', headline: undefined, full: undefined, missing: [], partial: false, options: {}, ms: 1 };
    },
    async count(outcome: TieredOutcome) {
      return outcome.full ? { total: 3, headline: 2, more: false } : { total: 2, headline: 2, more: true };
    },
    async cards(outcome: TieredOutcome, from: number, count: number) {
      if (from + count > 2 && !outcome.full) {
        asked.push(outcome.query.text);
        outcome.full = {} as TieredOutcome['full'];
      }
      return list.slice(from, from + count);
    },
  } as unknown as TieredSearch;
  return { search, asked };
}

describe('search service (what crosses to and from the worker)', () => {
  it('answers a search with plain data: a summary and the first cards', async () => {
    const { search, asked } = tiers();
    const answer = await new SearchService(search).search({ q: 'nêu gương', count: 2 });
    expect(answer).toEqual({
      summary: { text: 'nêu gương', understood: 'nêu gương', total: 2, tier: 'headline', headline: 2, more: true, missing: [], partial: false },
      cards: [
        { url: '/a/', title: 'A', type: 'Bài viết', date: '2021-05-10T08:00:00+07:00', excerpt: [{ text: 'a', mark: false }], tier: 'headline' },
        { url: '/b/', title: 'B', type: 'Bài viết', date: '2021-05-10T08:00:00+07:00', excerpt: [{ text: 'b', mark: false }], tier: 'headline' },
      ],
    });
    // The full text is not asked while the headlines fill the list.
    expect(asked).toEqual([]);
    // Nothing in it that a worker could not send (functions, class instances).
    expect(structuredClone(answer)).toEqual(answer);
  });

  it('gives the next cards of the search it is asked to continue, and of no other', async () => {
    const { search, asked } = tiers();
    const service = new SearchService(search);
    await expect(service.more(1, 0, 10)).rejects.toThrow();
    await service.search({ q: 'nêu gương', count: 2 }, 1);
    // "More" past the headlines asks the full text, and the summary says so.
    const more = await service.more(1, 2, 10);
    expect(more.cards.map((c) => [c.url, c.tier])).toEqual([['/c/', 'full']]);
    expect(more.summary).toMatchObject({ total: 3, headline: 2, more: false });
    expect(asked).toEqual(['nêu gương']);
    // A later search has been asked (the list on screen is about to change): no cards of it for the old list.
    await service.search({ q: 'đảng viên', count: 2 }, 2);
    await expect(service.more(1, 2, 10)).rejects.toThrow();
  });

  it('says the index failed to load, and opens it again on the next message', async () => {
    let opened = 0;
    const respond = responder(async (base) => {
      opened++;
      if (opened === 1) throw new Error('404');
      expect(base).toBe('/guong-sang/');
      return new SearchService(tiers().search);
    });
    const ask = { base: '/guong-sang/', kind: 'search', request: { q: 'nêu gương', count: 1 } } as const;
    expect(await respond({ id: 1, ...ask })).toEqual({ id: 1, kind: 'failure', failure: 'index' });
    const second = await respond({ id: 2, ...ask });
    expect(second.kind === 'search' && second.answer.cards.map((c) => c.url)).toEqual(['/a/']);
    expect(await respond({ id: 3, base: '/guong-sang/', kind: 'more', search: 2, from: 1, count: 5 })).toMatchObject({
      id: 3,
      kind: 'more',
      answer: { cards: [{ url: '/b/' }, { url: '/c/' }] },
    });
    expect(await respond({ id: 5, base: '/guong-sang/', kind: 'more', search: 1, from: 1, count: 5 })).toEqual({ id: 5, kind: 'failure', failure: 'search' });
    expect(await respond({ id: 4, ...ask, request: { q: 'hỏng', count: 1 } })).toEqual({ id: 4, kind: 'failure', failure: 'search' });
    expect(opened).toBe(2);
  });

  it('says which words of a query too long were not searched', async () => {
    const { search } = tiers();
    const q = Array.from({ length: 15 }, (_, i) => `từ${i + 1}`).join(' ');
    const { summary } = await new SearchService(search).search({ q, count: 2 });
    expect(summary.text).toBe(q.split(' ').slice(0, 12).join(' '));
    expect(summary.cut).toEqual({ limit: 'words', dropped: 'từ13 từ14 từ15' });
    expect(structuredClone(summary)).toEqual(summary);
  });
});

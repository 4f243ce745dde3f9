import { describe, expect, it } from 'vitest';
import type { SearchEngine, SearchOutcome } from '../../../src/lib/search/engine.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { responder, SearchService } from '../../../src/lib/search/service.ts';

/** An engine that knows three pages for any query but "hỏng", which throws. */
const engine = {
  async search(q: string): Promise<SearchOutcome> {
    if (q === 'hỏng') throw new Error('broken');
    const pages = ['a', 'b', 'c'].map((id) => ({ id }));
    return { query: parseQuery(q), understood: q, pages, missing: ['xyz'], partial: false, ms: 1 } as unknown as SearchOutcome;
  },
  async hits(outcome: SearchOutcome, from = 0, count = 10) {
    return outcome.pages.slice(from, from + count).map((p) => ({ url: `/${p.id}/`, title: p.id.toUpperCase(), type: 'Bài viết', date: '2021-05-10T08:00:00+07:00', excerpt: [{ text: p.id }], filters: {}, meta: {}, ranked: p }));
  },
} as unknown as SearchEngine;

describe('search service (what crosses to and from the worker)', () => {
  it('answers a search with plain data: a summary and the first cards', async () => {
    const answer = await new SearchService(engine).search({ q: 'nêu gương', count: 2 });
    expect(answer).toEqual({
      summary: { text: 'nêu gương', understood: 'nêu gương', total: 3, missing: ['xyz'], partial: false },
      cards: [
        { url: '/a/', title: 'A', type: 'Bài viết', date: '2021-05-10T08:00:00+07:00', excerpt: [{ text: 'a' }] },
        { url: '/b/', title: 'B', type: 'Bài viết', date: '2021-05-10T08:00:00+07:00', excerpt: [{ text: 'b' }] },
      ],
    });
    // Nothing in it that a worker could not send (functions, class instances).
    expect(structuredClone(answer)).toEqual(answer);
  });

  it('gives the next cards of the search it is asked to continue, and of no other', async () => {
    const service = new SearchService(engine);
    await expect(service.more(1, 0, 10)).rejects.toThrow();
    await service.search({ q: 'nêu gương', count: 2 }, 1);
    expect((await service.more(1, 2, 10)).map((c) => c.url)).toEqual(['/c/']);
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
      return new SearchService(engine);
    });
    const ask = { base: '/guong-sang/', kind: 'search', request: { q: 'nêu gương', count: 1 } } as const;
    expect(await respond({ id: 1, ...ask })).toEqual({ id: 1, kind: 'failure', failure: 'index' });
    const second = await respond({ id: 2, ...ask });
    expect(second.kind === 'search' && second.answer.cards.map((c) => c.url)).toEqual(['/a/']);
    expect(await respond({ id: 3, base: '/guong-sang/', kind: 'more', search: 2, from: 1, count: 5 })).toMatchObject({ id: 3, kind: 'more', cards: [{ url: '/b/' }, { url: '/c/' }] });
    expect(await respond({ id: 5, base: '/guong-sang/', kind: 'more', search: 1, from: 1, count: 5 })).toEqual({ id: 5, kind: 'failure', failure: 'search' });
    expect(await respond({ id: 4, ...ask, request: { q: 'hỏng', count: 1 } })).toEqual({ id: 4, kind: 'failure', failure: 'search' });
    expect(opened).toBe(2);
  });
});

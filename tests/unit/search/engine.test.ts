import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import { excerptText } from '../../../src/lib/search/excerpt.ts';
import type { PagefindApi, PagefindResponse } from '../../../src/lib/search/pagefind-types.ts';

/**
 * A small stand-in for Pagefind 1.6 with its two habits that matter here: words
 * match by prefix after folding marks (but not đ), and a term nothing starts with
 * quietly matches shorter words that are prefixes of it.
 */
function fakePagefind(pages: Record<string, { content: string; meta?: Record<string, string> }>, loading?: (id: string) => Promise<void>): PagefindApi {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
  const data = (id: string) => async () => (
    await loading?.(id),
    { url: `/${id}/`, content: pages[id]!.content, word_count: 0, filters: {}, meta: { title: id, ...pages[id]!.meta }, excerpt: '' }
  );
  /** One word's matches per page: positions and metadata fields. */
  const wordHits = (t: string) => {
    const hits = (match: (w: string) => boolean) =>
      new Map(
        Object.entries(pages).flatMap(([id, p]) => {
          const words = p.content
            .split(/\s+/)
            .map((w, i) => [fold(w), i] as const)
            .filter(([w]) => match(w))
            .map(([, i]) => i);
          const meta = Object.entries(p.meta ?? {})
            .filter(([, v]) => v.split(/\s+/).some((w) => match(fold(w))))
            .map(([k]) => k);
          return words.length || meta.length ? [[id, { words, meta }] as const] : [];
        }),
      );
    const exact = hits((w) => w.startsWith(t));
    return exact.size ? exact : hits((w) => w.length > 0 && t.startsWith(w));
  };
  // Several words: pages with all of them (a word matching nothing is dropped), positions merged.
  const search = async (term: string | null): Promise<PagefindResponse> => {
    calls.push(term ?? '');
    const perWord = (term ?? '')
      .split(/\s+/)
      .map(fold)
      .filter(Boolean)
      .map(wordHits)
      .filter((m) => m.size > 0);
    const ids = perWord.length ? [...perWord[0]!.keys()].filter((id) => perWord.every((m) => m.has(id))) : [];
    const results = ids.map((id) => {
      const words = [...new Set(perWord.flatMap((m) => m.get(id)!.words))].sort((a, b) => a - b);
      const meta = [...new Set(perWord.flatMap((m) => m.get(id)!.meta))];
      return { id, score: words.length + meta.length, words, ...(meta.length ? { matchedMetaFields: meta } : {}), data: data(id) };
    });
    return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
  };
  const calls: string[] = [];
  return { search, filters: async () => ({}), calls } as PagefindApi & { calls: string[] };
}

const SAMPLE = {
  a: { content: 'Phó Bí thư Thành ủy Đào Đức Toàn phát biểu về đạo đức.', meta: { title: 'Giao ban' } },
  b: { content: 'Bài về đạo đức và toàn thể cán bộ, khóa X.' },
  c: { content: 'Văn bản chỉ đạo.', meta: { k: 'vbct5ztwz', title: 'Chỉ thị 05-CT/TW' } },
  d: { content: 'Thực hiện Chỉ thị 05-CT/TW ở cơ sở.', meta: { k: 'vcct5ztwz' } },
};
const engine = () => new SearchEngine(fakePagefind(SAMPLE));

describe('search engine', () => {
  it('finds đ words from an unaccented query and marks them', async () => {
    const e = engine();
    const out = await e.search('dao duc toan');
    expect(out.pages[0]!.id).toBe('a');
    const [hit] = await e.hits(out, 0, 1);
    expect(excerptText(hit!.excerpt)).toContain('[Đào] [Đức] [Toàn]');
  });
  it('asks for several words together, once per combination of their forms, not word by word', async () => {
    const pagefind = fakePagefind({
      a: { content: 'Phó Bí thư Thành ủy Đào Đức Toàn phát biểu.' },
      b: { content: 'Bài về đạo đức và toàn thể cán bộ.' },
    }) as PagefindApi & { calls: string[] };
    const out = await new SearchEngine(pagefind).search('dao duc toan');
    expect(out.pages[0]!.id).toBe('a');
    expect(pagefind.calls.sort()).toEqual(['dao duc toan', 'dao đuc toan', 'đao duc toan', 'đao đuc toan']);
  });
  it('does not take đ for d when checking that an answer holds every word', async () => {
    // "den on" is asked as "den on" (Pagefind drops "den": no word starts with it, đ not being d)
    // and "đen on"; only the page about Đền ơn holds both words.
    const pagefind = fakePagefind({
      a: { content: 'Phong trào ở xã.', meta: { title: 'Đền ơn đáp nghĩa' } },
      b: { content: 'Cảm ơn các đồng chí.' },
    });
    const out = await new SearchEngine(pagefind).search('den on');
    expect(out.pages.map((p) => p.id)).toEqual(['a']);
  });
  it('tells the words apart for excerpts of pages ranked without their text (here: newest first)', async () => {
    const pagefind = fakePagefind({ a: { content: `Tỉnh tỉnh tỉnh tỉnh tỉnh tỉnh ${'chữ '.repeat(60)}Tỉnh ủy họp bàn.` } });
    const e = new SearchEngine(pagefind);
    const out = await e.search('tinh uy', { sort: 'date' });
    expect(out.pages[0]!.wordsApart).toBe(false);
    const [hit] = await e.hits(out, 0, 1);
    expect(excerptText(hit!.excerpt)).toContain('[Tỉnh] [ủy]');
  });
  it('asks a word typed with the input method off alone first, and no combination holding it when the index lacks it', async () => {
    const pagefind = fakePagefind({
      a: { content: 'Hội nghị nêu gương người tốt.' },
      b: { content: 'Bài về gương mặt trẻ.' },
    }) as PagefindApi & { calls: string[] };
    const out = await new SearchEngine(pagefind).search('neeu guwowng');
    expect(out.pages.map((p) => p.id)).toEqual(['a']);
    expect(pagefind.calls.sort()).toEqual(['guwowng', 'neeu', 'nêu gương']);
  });
  it('still asks the combinations of a typed-off word the index has as a word of its own', async () => {
    const pagefind = fakePagefind({ a: { content: 'Trang ghi sai chữ guwowng và chữ nêu.' } }) as PagefindApi & { calls: string[] };
    const out = await new SearchEngine(pagefind).search('neeu guwowng');
    expect(out.pages.map((p) => p.id)).toEqual(['a']);
    expect(pagefind.calls).toContain('nêu guwowng');
  });
  it('loads the first results while it checks the answer, not after', async () => {
    // Every page's data takes a while; a load that starts only once another has finished is a second wait.
    let finished = 0;
    const startedAfter: number[] = [];
    const pagefind = fakePagefind(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, { content: `Bài ${i} về Đào Đức Toàn và đạo đức.` }])), async () => {
      startedAfter.push(finished);
      await new Promise((ok) => setTimeout(ok, 5));
      finished++;
    });
    const e = new SearchEngine(pagefind);
    const out = await e.search('Đào Đức Toàn');
    expect(out.pages).toHaveLength(12);
    expect(startedAfter.length).toBeGreaterThanOrEqual(10);
    expect(startedAfter.every((n) => n === 0)).toBe(true);
  });
  it('reports a word Pagefind would silently answer for a shorter one', async () => {
    const out = await engine().search('dao duc xyzabc');
    expect(out.missing).toEqual(['xyzabc']);
    expect(out.pages.map((p) => p.id).sort()).toEqual(['a', 'b']);
  });
  it('learns that a word matches nothing from the answer for all the words, without asking each common word alone', async () => {
    // Asked alone, a common word costs Pagefind every page that has it; the answer for all the
    // words together already shows which word its pages lack.
    const pagefind = fakePagefind(SAMPLE) as PagefindApi & { calls: string[] };
    const out = await new SearchEngine(pagefind).search('xyzabc dao duc');
    expect(out.missing).toEqual(['xyzabc']);
    // Pagefind answered "xyzabc" for the shorter word "X" (of page b): that answer is not the
    // answer for "dao duc", which is asked again and finds both pages.
    expect(out.pages.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(pagefind.calls.filter((c) => !c.includes(' '))).toEqual(['xyzabc']);
  });
  it('takes the answer for all the words as the answer for the others when Pagefind left the missing word out', async () => {
    // Asked alone, "qqq" finds nothing (no word starts with it, nor is any word the start of it):
    // Pagefind dropped it, so its answer for "qqq phát biểu" is its answer for "phát biểu".
    const pagefind = fakePagefind(SAMPLE) as PagefindApi & { calls: string[] };
    const out = await new SearchEngine(pagefind).search('qqq phát biểu');
    expect(out.missing).toEqual(['qqq']);
    expect(out.pages.map((p) => p.id)).toEqual(['a']);
    expect(pagefind.calls).toEqual(['qqq phát biểu', 'qqq']);
  });
  it('does not report a word that is on the site but never with the others', async () => {
    // "alpha donald" finds no page (each word is on a page of its own); "alpha đonald" finds p1, where
    // Pagefind dropped "đonald". Which word matches nothing cannot be told from that: asked word by word.
    const pagefind = fakePagefind({ p1: { content: 'Hội nghị alpha beta.' }, p2: { content: 'Ông Donald phát biểu.' } });
    const out = await new SearchEngine(pagefind).search('alpha donald');
    expect(out.missing).toEqual([]);
    expect(out.partial).toBe(true);
    expect(out.pages.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
  });
  it('puts the directive page first for a code, then the pages citing it', async () => {
    const out = await engine().search('05/CT-TW');
    expect(out.pages.map((p) => p.id)).toEqual(['c', 'd']);
    expect(out.understood).toBe('Chỉ thị 05');
  });
  it('searches an unknown code as the words it is made of', async () => {
    const out = await engine().search('chỉ thị 999');
    expect(out.missing).toEqual(['999']);
    expect(out.pages.map((p) => p.id)).toContain('d');
  });
});

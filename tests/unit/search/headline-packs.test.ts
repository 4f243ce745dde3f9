import { afterEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { askedForms, buildPacks, decodePack, encodePack, fetchPacks, packable, packFile, PACK_FOLDER } from '../../../src/lib/search/headline-packs.ts';
import { citeKey, selfKey } from '../../../src/lib/search/directive-code.ts';
import { pairWord, leadPair } from '../../../src/lib/search/headline-words.ts';

const page = (id: string, words: string[]) => ({ id, url: `/bai-viet/${id}/`, meta: { title: `Bài ${id}` }, words });

describe('which words have packs', () => {
  it('packs closed pairs of both families and code keys, never a lone syllable or a pair being typed', () => {
    expect(packable(pairWord('dao', 'duc'))).toBe(true);
    expect(packable(leadPair(pairWord('tiep', 'dan')))).toBe(true);
    expect(packable(pairWord('dao', 'du', true))).toBe(false);
    expect(packable('dao')).toBe(false);
    expect(packable('jazz')).toBe(false);
    expect(packable(selfKey({ kind: 'ct', number: '5', issuer: 'tw' }))).toBe(true);
  });

  it('asks a code key with and without its issuer, as a query for the code alone does', () => {
    const key = citeKey({ kind: 'qd', number: '303', issuer: 'tw' });
    expect(askedForms(key)).toEqual([key, 'vcqd303z']);
    expect(askedForms(pairWord('dao', 'duc'))).toEqual([pairWord('dao', 'duc')]);
    expect(askedForms('dao')).toEqual([]);
  });

  it('asks a pair of a syllable with a "z" in it by every closed prefix too ("ứng dụng Z" asks zzdungz)', () => {
    expect(askedForms('zzdungzaloz')).toEqual(['zzdungz', 'zzdungzaloz']);
    expect(
      buildPacks([page('a', ['zzdungzaloz'])])
        .get('zzdungz')!
        .map((p) => p.id),
    ).toEqual(['a']);
  });
});

describe('buildPacks', () => {
  const tw = selfKey({ kind: 'ct', number: '5', issuer: 'tw' });
  const tu = selfKey({ kind: 'ct', number: '5', issuer: 'tu' });
  const pages = [
    page('a', ['dao', 'duc', pairWord('dao', 'duc'), tw]),
    page('b', ['dao', 'duc', pairWord('dao', 'duc'), pairWord('duc', 'toan')]),
    page('c', [pairWord('duc', 'toan'), tu]),
    page('d', ['dao']),
  ];

  it('holds, per word, every page Pagefind finds for it: the pages of the index words it starts', () => {
    const packs = buildPacks(pages);
    expect(packs.get(pairWord('dao', 'duc'))!.map((p) => p.id)).toEqual(['a', 'b']);
    expect(packs.get(pairWord('duc', 'toan'))!.map((p) => p.id)).toEqual(['b', 'c']);
    expect(packs.get(tw)!.map((p) => p.id)).toEqual(['a']);
    // "chỉ thị 05" without its issuer asks the prefix both issuers' keys start with.
    expect(packs.get('vbct5z')!.map((p) => p.id)).toEqual(['a', 'c']);
    // Lone syllables are common: never packed.
    expect(packs.has('dao')).toBe(false);
  });

  it('keeps only the shortest pages of a word found on more pages than the limit', () => {
    // Pagefind scores a page the higher the fewer words it has: those come first in an answer.
    const packs = buildPacks(pages, 1, 1);
    expect(packs.get(pairWord('dao', 'duc'))!.map((p) => p.id)).toEqual(['a']);
    expect(packs.get(pairWord('duc', 'toan'))!.map((p) => p.id)).toEqual(['c']);
    expect(packs.get('vbct5z')!.map((p) => p.id)).toEqual(['c']);
    expect(packs.get(tw)!.map((p) => p.id)).toEqual(['a']);
    expect(
      buildPacks(pages, 1, 2)
        .get(pairWord('dao', 'duc'))!
        .map((p) => p.id),
    ).toEqual(['a', 'b']);
  });

  it('stores a page’s id, URL and metadata, and reads them back', () => {
    const packed = buildPacks(pages).get(pairWord('dao', 'duc'))!;
    expect(decodePack(encodePack(packed))).toEqual(packed);
    expect(packed[0]).toEqual({ id: 'a', url: '/bai-viet/a/', meta: { title: 'Bài a' } });
    expect(() => decodePack('{"a":1}')).toThrow();
    expect(() => decodePack('[["a", 1, {}]]')).toThrow();
  });

  it('names a pack’s file after its word, in the packs folder', () => {
    expect(packFile('zzdaoducz')).toBe(`${PACK_FOLDER}/zzdaoducz.pf_pack`);
  });
});

describe('fetchPacks', () => {
  const packed = [{ id: 'vi_1', url: '/bai-viet/a/', meta: { title: 'Bài a' } }];
  const serve = (responses: Record<string, () => Response>) =>
    vi.stubGlobal('fetch', (url: string) => {
      const answer = responses[url];
      return answer ? Promise.resolve(answer()) : Promise.resolve(new Response(null, { status: 404 }));
    });
  afterEach(() => vi.unstubAllGlobals());

  it('reads a gzipped pack, and one a host served already decoded', async () => {
    serve({
      '/x/theo-tu/zzaz.pf_pack': () => new Response(gzipSync(encodePack(packed))),
      '/x/theo-tu/zzbz.pf_pack': () => new Response(encodePack(packed)),
    });
    const read = fetchPacks('/x/')!;
    expect(await read('zzaz')).toEqual(packed);
    expect(await read('zzbz')).toEqual(packed);
  });

  it('reads a missing or broken pack as none, and lets a network error be asked again', async () => {
    serve({ '/x/theo-tu/zzcz.pf_pack': () => new Response('<html>') });
    const read = fetchPacks('/x/')!;
    expect(await read('zzdz')).toBeUndefined();
    expect(await read('zzcz')).toBeUndefined();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    await expect(read('zzaz')).rejects.toThrow('offline');
  });

  it('gives no reader where the platform cannot undo gzip', () => {
    vi.stubGlobal('DecompressionStream', undefined);
    expect(fetchPacks('/x/')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedShareImage, ShareImageQueue } from '../../../src/lib/publish/share-image-cache.ts';
import { handOverShareCards, receiveShareCards, type ShareCardOrder } from '../../../src/lib/publish/share-card-handoff.ts';
import type { ShareImageInput } from '../../../src/lib/publish/share-image.ts';

describe('share image cache', () => {
  /** An empty cache folder with a cover in it, and a renderer that counts its calls. */
  function setup() {
    const dir = mkdtempSync(join(tmpdir(), 'gs-share-cache-'));
    const cover = join(dir, 'cover.jpg');
    writeFileSync(cover, 'cover bytes v1');
    const counter = { draws: 0 };
    const render = async (input: ShareImageInput) => {
      counter.draws++;
      return Buffer.from(`${input.title}|${input.kicker}|${counter.draws}`);
    };
    const input: ShareImageInput = { title: 'Hội nghị', kicker: 'HỘI NGHỊ', siteName: 'Gương Sáng', coverPath: cover };
    return { dir, cover, counter, render, input };
  }

  it('draws a picture once and serves the same bytes afterwards', async () => {
    const { dir, counter, render, input } = setup();
    const first = await cachedShareImage(input, dir, render);
    const second = await cachedShareImage({ ...input }, dir, render);
    expect(counter.draws).toBe(1);
    expect(second.equals(first)).toBe(true);
    expect(readdirSync(join(dir, 'share-images')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('draws again when the title, the kicker or the cover changes', async () => {
    const { dir, cover, counter, render, input } = setup();
    await cachedShareImage(input, dir, render);
    expect(counter.draws).toBe(1);
    await cachedShareImage({ ...input, title: 'Hội nghị khác' }, dir, render);
    expect(counter.draws).toBe(2);
    await cachedShareImage({ ...input, kicker: 'BÀI VIẾT' }, dir, render);
    expect(counter.draws).toBe(3);
    writeFileSync(cover, 'cover bytes v2');
    await cachedShareImage(input, dir, render);
    expect(counter.draws).toBe(4);
  });

  it('draws ahead, two at a time, each picture once, and serves each as the cache would', async () => {
    const { dir, render: plain, input } = setup();
    let open = 0;
    let most = 0;
    const drawn: string[] = [];
    const render = async (i: ShareImageInput) => {
      most = Math.max(most, ++open);
      await new Promise((resolve) => setTimeout(resolve, 5));
      open--;
      drawn.push(i.title);
      return plain(i);
    };
    const inputs = ['a', 'b', 'c', 'd', 'e'].map((title) => ({ ...input, title }));
    // One already in the cache: not drawn again.
    await cachedShareImage(inputs[2]!, dir, plain);
    const queue = new ShareImageQueue(dir, render);
    queue.start(inputs);
    queue.start(inputs); // asked twice (Astro may list routes twice): queued once
    const served = await Promise.all(inputs.map(async (i) => readFileSync(await queue.file(i))));
    expect(drawn.sort()).toEqual(['a', 'b', 'd', 'e']);
    expect(most).toBe(2);
    for (const [k, i] of inputs.entries()) expect(served[k]!.equals(await cachedShareImage(i, dir, plain))).toBe(true);
  });

  it('reports a picture that cannot be drawn where the page asks for it', async () => {
    const { dir, input } = setup();
    const queue = new ShareImageQueue(dir, () => Promise.reject(new Error('không vẽ được')));
    queue.start([input]);
    await expect(queue.file(input)).rejects.toThrow('không vẽ được');
  });

  it('gives the file of a picture drawn ahead, and draws one whose drawing failed when its file is asked for', async () => {
    const { dir, render, input, counter } = setup();
    let fail = true;
    const flaky = (i: ShareImageInput) => (fail ? Promise.reject(new Error('lần đầu hỏng')) : render(i));
    const queue = new ShareImageQueue(dir, flaky);
    queue.start([input]);
    await expect(queue.file(input)).rejects.toThrow('lần đầu hỏng');
    fail = false;
    const file = await queue.file(input);
    expect(readFileSync(file).equals(await cachedShareImage(input, dir, render))).toBe(true);
    expect(counter.draws).toBe(1);
  });
});

describe('share cards handed from the route to the build', () => {
  const order: ShareCardOrder = { path: '/anh-chia-se/bai-viet/x.jpg', input: { title: 'Tiêu đề', kicker: 'BÀI VIẾT', siteName: 'Gương Sáng' } };

  it('are taken while a build receives them, and left to the route otherwise', () => {
    expect(handOverShareCards([order])).toBe(false);
    const got: (readonly ShareCardOrder[])[] = [];
    const receiving = receiveShareCards((orders) => got.push(orders));
    expect(handOverShareCards([order])).toBe(true);
    expect(got).toEqual([[order]]);
    receiving.stop();
    expect(handOverShareCards([order])).toBe(false);
    expect(got).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedShareImage } from '../../../src/lib/publish/share-image-cache.ts';
import type { ShareImageInput } from '../../../src/lib/publish/share-image.ts';

describe('share image cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gs-share-cache-'));
  const cover = join(dir, 'cover.jpg');
  writeFileSync(cover, 'cover bytes v1');
  let draws = 0;
  const render = async (input: ShareImageInput) => {
    draws++;
    return Buffer.from(`${input.title}|${input.kicker}|${draws}`);
  };
  const input: ShareImageInput = { title: 'Hội nghị', kicker: 'HỘI NGHỊ', siteName: 'Gương Sáng', coverPath: cover };

  it('draws a picture once and serves the same bytes afterwards', async () => {
    const first = await cachedShareImage(input, dir, render);
    const second = await cachedShareImage({ ...input }, dir, render);
    expect(draws).toBe(1);
    expect(second.equals(first)).toBe(true);
    expect(readdirSync(join(dir, 'share-images')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('draws again when the title, the kicker or the cover changes', async () => {
    await cachedShareImage({ ...input, title: 'Hội nghị khác' }, dir, render);
    expect(draws).toBe(2);
    await cachedShareImage({ ...input, kicker: 'BÀI VIẾT' }, dir, render);
    expect(draws).toBe(3);
    writeFileSync(cover, 'cover bytes v2');
    await cachedShareImage(input, dir, render);
    expect(draws).toBe(4);
  });
});

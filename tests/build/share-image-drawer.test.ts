/**
 * The share-image drawer process (src/lib/publish/share-image-drawer.ts): what it draws
 * is what the build would draw itself, and a drawer that is gone leaves the build to
 * draw its pictures.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cachedShareImage, shareImageKey, ShareImageQueue } from '../../src/lib/publish/share-image-cache.ts';
import { processDrawer } from '../../src/lib/publish/share-image-drawer.ts';
import { renderShareImage, type ShareImageInput } from '../../src/lib/publish/share-image.ts';

const MAIN = resolve('src/lib/publish/share-image-drawer-main.ts');
const inputs: ShareImageInput[] = ['Hội nghị điển hình tiên tiến', 'Tọa đàm về Quy định 08-QĐi/TW', 'Gương sáng giữa đời thường'].map((title) => ({
  title,
  kicker: 'BÀI VIẾT',
  siteName: 'Gương Sáng',
}));

/** The build's own drawing, counting the pictures it draws. */
function drawingHere() {
  const here = {
    count: 0,
    render: (input: ShareImageInput) => {
      here.count++;
      return renderShareImage(input);
    },
  };
  return here;
}

describe('share image drawer process', () => {
  it('draws the pictures into the cache, byte for byte as the build draws them, and ends when told', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-drawer-'));
    const here = drawingHere();
    const drawer = processDrawer(dir, MAIN);
    const queue = new ShareImageQueue(dir, here.render, { ahead: drawer.draw });
    expect(queue.start(inputs)).toBe(3);
    drawer.finish();
    const files = await Promise.all(inputs.map((i) => queue.file(i)));
    // Every picture came from the other process: none was drawn here.
    expect(here.count).toBe(0);
    const elsewhere = mkdtempSync(join(tmpdir(), 'gs-drawer-here-'));
    for (const [k, input] of inputs.entries()) {
      expect(files[k]).toContain(shareImageKey(input));
      expect(readFileSync(files[k]!).equals(await cachedShareImage(input, elsewhere, renderShareImage))).toBe(true);
    }
  });

  it('leaves its pictures to the build when its process cannot run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-drawer-gone-'));
    const here = drawingHere();
    const drawer = processDrawer(dir, join(dir, 'no-such-drawer.ts'));
    const queue = new ShareImageQueue(dir, here.render, { ahead: drawer.draw });
    queue.start(inputs);
    const files = await Promise.all(inputs.map((i) => queue.file(i)));
    expect(here.count).toBe(3);
    for (const file of files) expect(existsSync(file)).toBe(true);
  });
});

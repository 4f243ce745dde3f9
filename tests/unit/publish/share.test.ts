import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { shareImagePath, shareTargets } from '../../../src/lib/publish/share.ts';
import { fitTitle, gradientOpacity, overlayPixels, pangoEscape, renderShareImage, SHARE_HEIGHT, SHARE_WIDTH, TITLE_SIZES } from '../../../src/lib/publish/share-image.ts';
import { story } from './helpers.ts';
import { join } from 'node:path';

describe('share links', () => {
  it('are plain share URLs with the page address encoded', () => {
    const t = shareTargets('https://gs.example.vn/bai-viet/nam-dinh/?a=1&b=2');
    expect(t.facebook).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fgs.example.vn%2Fbai-viet%2Fnam-dinh%2F%3Fa%3D1%26b%3D2');
    expect(t.zalo).toBe('https://sp.zalo.me/share_inline?url=https%3A%2F%2Fgs.example.vn%2Fbai-viet%2Fnam-dinh%2F%3Fa%3D1%26b%3D2');
  });
  it('place each story’s share image beside its collection', () => {
    expect(shareImagePath(story('articles/a'))).toBe('/anh-chia-se/bai-viet/a.jpg');
    expect(shareImagePath(story('honourees/b', { url: '/guong-sang/tap-the/b/' }))).toBe('/anh-chia-se/guong-sang/tap-the/b.jpg');
    expect(shareImagePath(story('directives/c'))).toBe('/anh-chia-se/van-ban/c.jpg');
  });
});

describe('share image', () => {
  it('escapes Pango markup', () => {
    expect(pangoEscape('A & <b>')).toBe('A &amp; &lt;b&gt;');
  });

  it('is a 1200×630 JPEG, with or without a cover', async () => {
    const cover = join(import.meta.dirname, '../../fixtures/content/hoi-nghi/anh/hoi-nghi-mau.jpg');
    for (const coverPath of [cover, undefined]) {
      const jpeg = await renderShareImage({ title: 'Hội nghị giao ban về trách nhiệm nêu gương', kicker: 'Hội nghị', siteName: 'Gương Sáng', coverPath });
      const meta = await sharp(jpeg).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', SHARE_WIDTH, SHARE_HEIGHT]);
    }
  });

  it('writes short titles large and long ones smaller, always inside the box', async () => {
    const short = await fitTitle('Quy định 08-QĐi/TW');
    const long = await fitTitle(
      'Cán bộ, đảng viên ở nhiều tỉnh đồng bằng Bắc Bộ cùng ngồi lại bàn cách giữ gìn phẩm chất, nói đi đôi với làm và nêu gương trong từng việc nhỏ hằng ngày',
    );
    expect(short.size).toBe(TITLE_SIZES[0]);
    expect(long.size).toBeLessThan(short.size);
    for (const t of [short, long]) expect(t.height).toBeLessThanOrEqual(300);
  });

  it('draws Vietnamese letters: a title with diacritics inks more than the same letters without', async () => {
    // With a font lacking the glyphs, marks would be boxes or missing; compare ink of "ệ ạ ữ" vs "e a u".
    const ink = async (text: string) => {
      // Raw RGBA pixels: every fourth byte is alpha.
      const t = await fitTitle(text);
      let n = 0;
      for (let i = 3; i < t.data.length; i += 4) if (t.data[i]! > 128) n++;
      return n;
    };
    const plain = await ink('e a u o d');
    const marked = await ink('ệ ạ ữ ờ đ');
    expect(marked).toBeGreaterThan(plain);
  });
});

describe('share image overlay', () => {
  it('shades from the top opacity to the bottom one as SVG would, then draws the gold rule and the red band', () => {
    const stops: [number, number][] = [
      [0, 0.3],
      [0.5, 0.5],
      [0.5, 0.7],
      [1, 0.9],
    ];
    expect(gradientOpacity(stops, 0)).toBeCloseTo(0.3);
    expect(gradientOpacity(stops, 0.25)).toBeCloseTo(0.4);
    expect(gradientOpacity(stops, 0.75)).toBeCloseTo(0.8);
    // One column, repeated across the picture by sharp.
    const { data, width, height } = overlayPixels(stops);
    expect([width, height]).toEqual([1, SHARE_HEIGHT]);
    const at = (y: number) => [...data.subarray(y * 4, y * 4 + 4)];
    expect(at(0)).toEqual([0, 0, 0, Math.round(255 * gradientOpacity(stops, 0.5 / height))]);
    expect(at(height - 78)).toEqual([0xf6, 0xd3, 0x65, 255]);
    expect(at(height - 1)).toEqual([0xa4, 0x16, 0x1a, 255]);
    expect(at(height - 79)[3]).toBeGreaterThan(at(0)[3]!);
  });

  it('is repeated across the whole width: the band is red at both edges of the picture', async () => {
    const jpeg = await renderShareImage({ title: 'Tiêu đề', kicker: 'Bài viết', siteName: 'Gương Sáng' });
    const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    for (const x of [2, 600, SHARE_WIDTH - 3]) {
      const [r, g, b] = px(x, SHARE_HEIGHT - 3);
      expect(Math.abs(r! - 0xa4) + Math.abs(g! - 0x16) + Math.abs(b! - 0x1a), `x=${x}`).toBeLessThan(30);
    }
  });
});

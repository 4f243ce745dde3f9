import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { advanceMeasure, predictedSizeIndex, wrapLines } from '../../../src/lib/publish/title-fit.ts';
import { blendOnto, fitTitle, pangoEscape, shareFontFile, TITLE_SIZES } from '../../../src/lib/publish/share-image.ts';

/** Every character one unit wide, a space too: widths are character counts. */
const mono = (text: string) => [...text].length;

describe('title fitting', () => {
  it('wraps greedily at spaces, as Pango does', () => {
    const words = ['aaaa', 'bb', 'cccc', 'dd'];
    // At 1 px per unit, 9 px wide: "aaaa bb" (7) | "cccc dd" (7).
    expect(wrapLines(words, mono, 1, 9)).toBe(2);
    // 6 px wide: "aaaa" | "bb" | "cccc" | "dd" — "aaaa bb" is 7.
    expect(wrapLines(words, mono, 1, 6)).toBe(4);
    // Scales with the size: at 2 px per unit, 14 px is what 7 was.
    expect(wrapLines(words, mono, 2, 14)).toBe(2);
    expect(wrapLines([], mono, 1, 10)).toBe(1);
  });

  it('predicts the largest size whose lines fit, the smallest when none does', () => {
    const title = 'aaaa bb cccc dd';
    // 20 px wide: 4 lines at 4 and 3 px per unit, 2 lines at 2 ("aaaa bb" = 14 px).
    expect(predictedSizeIndex(title, [4, 3, 2], mono, 20, () => 2)).toBe(2);
    // Room for 4 lines at the largest size: it is kept.
    expect(predictedSizeIndex(title, [4, 3, 2], mono, 20, (size) => (size === 4 ? 4 : 2))).toBe(0);
    // Nothing fits 5 px in 2 lines: the smallest size, for the drawing to shorten.
    expect(predictedSizeIndex(title, [4, 3], mono, 5, () => 2)).toBe(1);
  });

  it('measures characters by their advances, composed as NFC, unknown ones as the fallback', () => {
    const advances = new Map([
      [0x1ebf /* ế */, 600],
      [0x61 /* a */, 500],
    ]);
    const m = advanceMeasure((cp) => advances.get(cp), 1000, 700);
    expect(m('a')).toBeCloseTo(0.5);
    expect(m('e\u0302\u0301')).toBeCloseTo(0.6); // ế typed as e + marks
    expect(m('aZ')).toBeCloseTo(1.2);
  });
});

describe('share card headline size', () => {
  /** The size a drawing at every size in turn would choose: the largest whose rendering fits 300 px. */
  const drawnSize = async (title: string) => {
    for (const size of TITLE_SIZES) {
      const text = {
        text: `<span foreground="#ffffff">${pangoEscape(title)}</span>`,
        font: `Noto Sans Bold ${size}`,
        fontfile: shareFontFile(),
        width: 1080,
        rgba: true,
        wrap: 'word' as const,
        spacing: Math.round(size * 0.18),
      };
      const { info } = await sharp({ text }).raw().toBuffer({ resolveWithObject: true });
      if (info.height <= 300) return size;
    }
    return undefined;
  };

  it('is the size drawing at every size in turn would choose, for titles short and long', async () => {
    const titles = [
      'Quy định 08-QĐi/TW',
      'Bùi Thị Nữ – người phụ nữ giàu nghị lực',
      'Nghệ An: Tuyên dương 120 gương điển hình tiên tiến trong học tập và làm theo Bác',
      'Năm năm đưa chỉ thị về học và làm theo Bác vào nếp sinh hoạt của từng chi bộ, từng cơ quan ở các tỉnh phía Bắc',
      'Đảng bộ Khối các cơ quan tỉnh Phú Thọ tổ chức tọa đàm về trách nhiệm nêu gương của cán bộ, đảng viên trong giai đoạn mới hiện nay',
      'Cán bộ, đảng viên ở nhiều tỉnh đồng bằng Bắc Bộ cùng ngồi lại bàn cách giữ gìn phẩm chất, nói đi đôi với làm và nêu gương trong từng việc nhỏ hằng ngày',
      'H’Hen Niê và những người trẻ ở Cư M’gar, Ea H’leo giữ gìn bản sắc M’Nông',
      'WWWWWWWWWWWW MMMMMMMMMMMM WWWWWWWWWWWW MMMMMMMMMMMM WWWWWWWWWWWW',
    ];
    for (const title of titles) expect((await fitTitle(title)).size, title).toBe(await drawnSize(title));
  });
});

describe('blending a text onto a card', () => {
  const layer = (pixels: number[][]) => ({ data: Buffer.from(pixels.flat()), width: pixels.length, height: 1 });

  it('lays opaque pixels over, leaves transparent ones out and mixes the rest by their alpha', () => {
    const card = Buffer.from([10, 20, 30, 10, 20, 30, 10, 20, 30, 10, 20, 30]); // 4×1 RGB
    blendOnto(
      card,
      4,
      layer([
        [255, 255, 255, 255],
        [255, 0, 0, 0],
        [210, 220, 230, 128],
      ]),
      { top: 0, left: 1 },
    );
    expect([...card]).toEqual([
      10,
      20,
      30,
      255,
      255,
      255,
      10,
      20,
      30,
      Math.round((210 * 128 + 10 * 127) / 255),
      Math.round((220 * 128 + 20 * 127) / 255),
      Math.round((230 * 128 + 30 * 127) / 255),
    ]);
  });

  it('mixes every alpha exactly as Math.round((text × alpha + card × (255 − alpha)) / 255)', () => {
    // Every alpha and every text value, over card values spread across 0…255: the integer division must
    // agree with the rounding everywhere (the share cards' bytes depend on it).
    for (let alpha = 0; alpha < 256; alpha++) {
      const texts = Array.from({ length: 256 }, (_, t) => t);
      const below = texts.map((t) => (t * 97 + alpha * 31) % 256);
      const card = Buffer.from(below.flatMap((b) => [b, 255 - b, (b * 7) % 256]));
      blendOnto(card, 256, { data: Buffer.from(texts.flatMap((t) => [t, t, 255 - t, alpha])), width: 256, height: 1 }, { top: 0, left: 0 });
      const mix = (text: number, under: number) => (alpha === 0 ? under : Math.round((text * alpha + under * (255 - alpha)) / 255));
      expect([...card]).toEqual(texts.flatMap((t, i) => [mix(t, below[i]!), mix(t, 255 - below[i]!), mix(255 - t, (below[i]! * 7) % 256)]));
    }
  });

  it('leaves out what falls outside the card', () => {
    const card = Buffer.alloc(2 * 2 * 3, 7); // 2×2
    blendOnto(
      card,
      2,
      layer([
        [1, 2, 3, 255],
        [4, 5, 6, 255],
        [9, 9, 9, 255],
      ]),
      { top: 1, left: 1 },
    );
    expect([...card]).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 7, 1, 2, 3]);
    blendOnto(card, 2, layer([[1, 1, 1, 255]]), { top: 5, left: 0 });
    expect([...card]).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 7, 1, 2, 3]);
  });
});

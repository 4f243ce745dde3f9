/**
 * The 1200×630 picture that social networks show when a story is shared:
 * the story's cover (or the site's red) with its kicker and headline written
 * over it in Noto Sans, which has every Vietnamese letter. Rendered with sharp
 * (Pango) from a font file shipped in node_modules, so no system font is needed.
 */
import sharp, { type Sharp } from 'sharp';
import { remember } from '../remember.ts';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { create as openFont } from 'fontkitten';
import { advanceMeasure, predictedSizeIndex, type Measure } from './title-fit.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const BRAND_RED = '#a4161a';
const GOLD = '#f6d365';
const MARGIN = 60;
const BAND = 78;
const TITLE_BOX = { width: SHARE_WIDTH - 2 * MARGIN, maxHeight: 300 };
/** Title sizes tried in turn, in pixels; the first that fits the box is used. */
export const TITLE_SIZES = [64, 56, 50, 44, 38, 32] as const;

/** Path of the bold Noto Sans file used for all text on share images. */
export function shareFontFile(): string {
  const font = '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf';
  // From this module (in a build, a chunk inside the project), else from the working folder:
  // a build may run from any folder (`astro build --root …`).
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(from).resolve(font);
    } catch {
      // try the next
    }
  }
  throw new Error(`Không tìm thấy phông chữ ${font}: hãy chạy npm install.`);
}

/** Escapes text for Pango markup. */
export const pangoEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface ShareImageInput {
  title: string;
  /** Small line above the title: "HỘI NGHỊ", "GƯƠNG SÁNG · CÁ NHÂN". */
  kicker: string;
  siteName: string;
  /** File path of the cover picture, when the story has one. */
  coverPath?: string | undefined;
}

/** Uncompressed RGBA pixels: composited as they are, never encoded to PNG and decoded again. */
interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}
const asInput = (p: Pixels) => ({ input: p.data, raw: { width: p.width, height: p.height, channels: 4 as const } });

/**
 * Parts that repeat from picture to picture (the site name, the kickers, the overlay
 * for a given title height, the plain background) are drawn once per build.
 */
const drawn = new Map<string, Promise<Pixels>>();
/** More distinct parts than this means something varies that should not: start again rather than grow. */
const MAX_DRAWN = 96;
const once = (key: string, draw: () => Promise<Pixels>): Promise<Pixels> => remember(drawn, key, draw, MAX_DRAWN);
/** Whole-picture plates (3 MB each), one per title height: kept apart from the small parts, with a lower bound. */
const drawnPlates = new Map<string, Promise<Pixels>>();
const plates = (key: string, draw: () => Promise<Pixels>): Promise<Pixels> => remember(drawnPlates, key, draw, 32);
async function pixels(image: Sharp): Promise<Pixels> {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Opaque RGB pixels (a plate the texts are laid on): a quarter fewer bytes to composite than RGBA. */
async function rgbPixels(image: Sharp): Promise<Pixels> {
  // sharp composites last, after any flatten asked in the same pipeline: a second pipeline drops the alpha.
  const rgba = await pixels(image);
  const { data, info } = await sharp(rgba.data, { raw: { width: rgba.width, height: rgba.height, channels: 4 } })
    .flatten({ background: '#000' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

function textImage(markup: string, size: number, width: number): Promise<Pixels> {
  return pixels(sharp({ text: { text: markup, font: `Noto Sans Bold ${size}`, fontfile: shareFontFile(), width, rgba: true, wrap: 'word', spacing: Math.round(size * 0.18) } }));
}

/** Advance widths of the share font, read once from the font file. */
let titleMeasure: Measure | undefined;
function measure(): Measure {
  if (!titleMeasure) {
    const font = openFont(readFileSync(shareFontFile()));
    if (!('glyphForCodePoint' in font)) throw new Error(`${shareFontFile()}: không đọc được phông chữ.`);
    titleMeasure = advanceMeasure((cp) => (font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).advanceWidth : undefined), font.unitsPerEm, font.unitsPerEm * 0.6);
  }
  return titleMeasure;
}

/** Per title size, how many lines fit the title box: from the heights Pango gives one and two lines. */
let lineLimits: Promise<Map<number, number>> | undefined;
function titleLineLimits(): Promise<Map<number, number>> {
  lineLimits ??= Promise.all(
    TITLE_SIZES.map(async (size) => {
      const [one, two] = await Promise.all(['Ấg', 'Ấg\nẤg'].map((t) => textImage(t, size, TITLE_BOX.width)));
      const step = two!.height - one!.height;
      return [size, Math.max(1, 1 + Math.floor((TITLE_BOX.maxHeight - one!.height) / step))] as const;
    }),
  ).then((pairs) => new Map(pairs));
  return lineLimits;
}

/**
 * The headline at the largest size that fits the box, shortened with "…" only if even the smallest
 * does not. Drawing starts at the size the font's widths predict (title-fit.ts) rather than at the
 * largest: one drawing instead of up to six.
 */
export async function fitTitle(title: string): Promise<Pixels & { size: number }> {
  const markup = (t: string) => `<span foreground="#ffffff">${pangoEscape(t)}</span>`;
  const limits = await titleLineLimits();
  const start = predictedSizeIndex(title, TITLE_SIZES, measure(), TITLE_BOX.width, (size) => limits.get(size)!);
  for (const size of TITLE_SIZES.slice(start)) {
    const img = await textImage(markup(title), size, TITLE_BOX.width);
    if (img.height <= TITLE_BOX.maxHeight) return { ...img, size };
  }
  const size = TITLE_SIZES.at(-1)!;
  let words = title.split(/\s+/);
  while (words.length > 1) {
    words = words.slice(0, -1);
    const img = await textImage(markup(`${words.join(' ')} …`), size, TITLE_BOX.width);
    if (img.height <= TITLE_BOX.maxHeight) return { ...img, size };
  }
  return { ...(await textImage(markup(title.slice(0, 80)), size, TITLE_BOX.width)), size };
}

async function background(coverPath: string | undefined): Promise<Sharp> {
  if (coverPath) {
    return sharp(coverPath).resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'cover', position: 'attention' });
  }
  // No cover: the masthead red with a faint diagonal light.
  const plain = await once('background', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#c0392b"/><stop offset="1" stop-color="#6d0e11"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/></svg>`;
    return pixels(sharp(Buffer.from(svg)));
  });
  return sharp(plain.data, { raw: { width: plain.width, height: plain.height, channels: 4 } });
}

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Opacity at `t` (0 = top, 1 = bottom) of a black gradient given as [offset, opacity] stops, as SVG draws it. */
export function gradientOpacity(stops: readonly (readonly [number, number])[], t: number): number {
  if (t <= stops[0]![0]) return stops[0]![1];
  for (let i = 1; i < stops.length; i++) {
    const [o1, a1] = stops[i]!;
    const [o0, a0] = stops[i - 1]!;
    if (t <= o1) return o1 === o0 ? a1 : a0 + ((a1 - a0) * (t - o0)) / (o1 - o0);
  }
  return stops[stops.length - 1]![1];
}

/**
 * The shade behind the text, the red band and its gold rule: one column of RGBA
 * pixels (2.5 kB), which sharp repeats across the picture (`tile`). Cheaper than
 * rendering an SVG for every picture, and small enough to keep one per title height.
 */
export function overlayPixels(stops: readonly (readonly [number, number])[]): Pixels {
  const data = Buffer.alloc(SHARE_HEIGHT * 4);
  const bandTop = SHARE_HEIGHT - BAND;
  for (let y = 0; y < SHARE_HEIGHT; y++) {
    const pixel = y >= bandTop ? [...rgb(y < bandTop + 4 ? GOLD : BRAND_RED), 255] : [0, 0, 0, Math.round(255 * gradientOpacity(stops, (y + 0.5) / SHARE_HEIGHT))];
    data.set(pixel, y * 4);
  }
  return { data, width: 1, height: SHARE_HEIGHT };
}

/** Renders the share image as a JPEG buffer of exactly 1200×630. */
export async function renderShareImage(input: ShareImageInput): Promise<Buffer> {
  const title = await fitTitle(input.title);
  const kickerText = input.kicker.toLocaleUpperCase('vi');
  const kicker = await once(`kicker\u0000${kickerText}`, () => textImage(`<span foreground="${GOLD}">${pangoEscape(kickerText)}</span>`, 26, TITLE_BOX.width));
  const brandText = input.siteName.toLocaleUpperCase('vi');
  const brand = await once(`brand\u0000${brandText}`, () => textImage(`<span foreground="${GOLD}">${pangoEscape(brandText)}</span>`, 34, 800));

  const titleTop = SHARE_HEIGHT - BAND - 36 - title.height;
  const kickerTop = titleTop - 14 - kicker.height;
  // Darken behind the text so it reads on any cover; a plain red needs less.
  const shade = input.coverPath ? 0.88 : 0.35;
  const stops: [number, number][] = [
    [0, input.coverPath ? 0.3 : 0],
    [Math.max(0, (kickerTop - 120) / SHARE_HEIGHT), input.coverPath ? 0.45 : 0],
    [kickerTop / SHARE_HEIGHT, shade * 0.75],
    [1, shade],
  ];
  // One overlay per title height and cover/no cover: a few dozen in a build.
  const overlay = await once(`overlay\u0000${JSON.stringify(stops)}`, async () => overlayPixels(stops));
  const brandAt = { top: SHARE_HEIGHT - BAND + Math.round((BAND - brand.height) / 2) + 2, left: MARGIN };
  const kickerAt = { top: Math.max(MARGIN / 2, kickerTop), left: MARGIN };
  const titleAt = { top: Math.max(MARGIN, titleTop), left: MARGIN };
  const jpeg = (image: Sharp) =>
    image
      // libjpeg-turbo with optimised Huffman tables: ~9 ms a picture where mozjpeg took ~42 ms, for about a
      // quarter more bytes (~63 kB): link previews fetch these, readers do not.
      .jpeg({ quality: 82, optimiseCoding: true })
      .toBuffer();
  // Behind the texts: the shade and the band with the site's name.
  const behind = [
    { ...asInput(overlay), tile: true },
    { ...asInput(brand), ...brandAt },
  ];
  if (input.coverPath) {
    const texts = [
      { ...asInput(kicker), ...kickerAt },
      { ...asInput(title), ...titleAt },
    ];
    return jpeg((await background(input.coverPath)).composite([...behind, ...texts]).flatten({ background: '#000' }));
  }
  // Without a cover, everything but the two texts is the same for every title of a height: that
  // plate is composed once (tiling the overlay across the picture is most of a card's cost), and
  // the texts are laid on a copy of it here, which costs less than a composite by sharp.
  const plate = await plates(`${brandText}\u0000${JSON.stringify(stops)}`, async () => rgbPixels((await background(undefined)).composite(behind)));
  // A fresh 2.3 MB buffer per card costs more than the card's blending (the memory is mapped anew each
  // time): the few in use at once are reused.
  const card = scratch.pop() ?? Buffer.allocUnsafeSlow(plate.data.length);
  try {
    plate.data.copy(card);
    blendOnto(card, SHARE_WIDTH, kicker, kickerAt);
    blendOnto(card, SHARE_WIDTH, title, titleAt);
    return await jpeg(sharp(card, { raw: { width: SHARE_WIDTH, height: SHARE_HEIGHT, channels: 3 } }));
  } finally {
    if (scratch.length < 4) scratch.push(card);
  }
}
const scratch: Buffer[] = [];

/**
 * Lays RGBA pixels over an opaque RGB picture `width` pixels wide, in place, at `at`:
 * "over" compositing of straight (not premultiplied) alpha, as sharp gives text. Parts
 * outside the picture are left out.
 */
export function blendOnto(rgb: Buffer, width: number, layer: Pixels, at: { top: number; left: number }): void {
  const height = rgb.length / (3 * width);
  for (let y = 0; y < layer.height; y++) {
    const ty = at.top + y;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < layer.width; x++) {
      const tx = at.left + x;
      if (tx < 0 || tx >= width) continue;
      const s = (y * layer.width + x) * 4;
      const a = layer.data[s + 3]!;
      if (a === 0) continue;
      const d = (ty * width + tx) * 3;
      if (a === 255) {
        rgb[d] = layer.data[s]!;
        rgb[d + 1] = layer.data[s + 1]!;
        rgb[d + 2] = layer.data[s + 2]!;
        continue;
      }
      for (let c = 0; c < 3; c++) {
        // Math.round(x / 255) in integers: floor((x + 127) / 255), as (y + 1 + (y >> 8)) >> 8 (exact for every
        // value x takes here, checked by the unit test); a card blends a few hundred thousand of these.
        const y = layer.data[s + c]! * a + rgb[d + c]! * (255 - a) + 127;
        rgb[d + c] = (y + 1 + (y >> 8)) >> 8;
      }
    }
  }
}

/**
 * Generates the illustrative pictures used by the sample content.
 *
 * No real photographs exist for these stories, so every picture is an abstract
 * graphic (gradient, simple shapes, a short label) with a clearly visible
 * "ẢNH MINH HỌA" mark. Output is deterministic: the same inputs always give the
 * same bytes, and a file whose bytes are already correct is left untouched.
 *
 * Run from the project root:
 *   node_modules/.bin/node scripts/make-illustrations.ts
 */
import sharp from 'sharp';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const WIDTH = 1200;
const HEIGHT = 675;
const QUALITY = 78;
const MAX_BYTES = 60 * 1024;
const FONT = 'DejaVu Sans, sans-serif';

type Motif = 'sun' | 'star' | 'bands' | 'book' | 'dots' | 'hands';

interface Palette {
  /** Gradient stops, top-left to bottom-right. */
  from: string;
  via: string;
  to: string;
  /** Colour of shapes and accents. */
  accent: string;
}

interface Illustration {
  /** Output path, relative to the project root. */
  out: string;
  /** Main label: the subject, in a few words. */
  title: string;
  /** Smaller line under the label. */
  subtitle: string;
  palette: Palette;
  motif: Motif;
}

const RED_GOLD: Palette = { from: '#5c0a0e', via: '#9b1b1f', to: '#c8892a', accent: '#f4d27a' };
const BLUE_GOLD: Palette = { from: '#0b1f45', via: '#173f7a', to: '#b3832c', accent: '#f1cf78' };
const RED_BLUE: Palette = { from: '#7a0f16', via: '#4a1840', to: '#12305f', accent: '#f0c66a' };
const DEEP_RED: Palette = { from: '#3d0508', via: '#8a1419', to: '#d0a13a', accent: '#ffe3a1' };
const NIGHT_BLUE: Palette = { from: '#081833', via: '#1d3f73', to: '#7c1d22', accent: '#f6d684' };
const WARM_GOLD: Palette = { from: '#6b1012', via: '#a8461f', to: '#e0b354', accent: '#fff0c2' };

export const ILLUSTRATIONS: Illustration[] = [
  {
    out: 'content/hoi-nghi/anh/giao-ban-lan-thu-x-cum-dong-bang-bac-bo.jpg',
    title: 'Giao ban lần thứ X',
    subtitle: 'Đảng ủy Khối các cơ quan Cụm Đồng bằng Bắc Bộ',
    palette: BLUE_GOLD,
    motif: 'dots',
  },
  {
    out: 'content/hoi-nghi/anh/so-ket-2-nam-chi-thi-05-nghe-an.jpg',
    title: 'Sơ kết 2 năm Chỉ thị 05',
    subtitle: 'Đảng bộ Khối các cơ quan tỉnh Nghệ An',
    palette: RED_GOLD,
    motif: 'star',
  },
  {
    out: 'content/bai-viet/anh/nam-dinh-chuyen-bien-trach-nhiem-neu-guong.jpg',
    title: 'Trách nhiệm nêu gương',
    subtitle: 'Đảng bộ thành phố Nam Định',
    palette: DEEP_RED,
    motif: 'sun',
  },
  {
    out: 'content/bai-viet/anh/phu-tho-thuc-hien-quy-dinh-101.jpg',
    title: 'Thực hiện Quy định 101',
    subtitle: 'Đảng bộ Khối các cơ quan tỉnh Phú Thọ',
    palette: RED_BLUE,
    motif: 'bands',
  },
  {
    out: 'content/bai-viet/anh/ha-noi-xay-dung-hinh-anh-can-bo-gan-dan.jpg',
    title: 'Người cán bộ gần dân',
    subtitle: 'Học tập và làm theo gương Bác',
    palette: NIGHT_BLUE,
    motif: 'hands',
  },
  {
    out: 'content/guong-sang/tap-the/anh/truong-thcs-han-thuyen.jpg',
    title: 'Trường THCS Hàn Thuyên',
    subtitle: 'Bồi dưỡng, phụ đạo miễn phí cho học sinh',
    palette: WARM_GOLD,
    motif: 'book',
  },
];

/** Escapes text for use inside SVG markup. */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Small seeded PRNG (mulberry32), so "random" decoration is the same every run. */
function prng(seedText: string): () => number {
  let seed = 2166136261;
  for (const ch of seedText) seed = Math.imul(seed ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Points of a five-pointed star centred on (cx, cy). */
function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${round(cx + r * Math.cos(a))},${round(cy + r * Math.sin(a))}`);
  }
  return pts.join(' ');
}

/** The decorative shapes drawn on the right-hand side of the picture.
 * One case per motif.
 */
function motifSvg(motif: Motif, accent: string, rand: () => number): string {
  const cx = 905;
  const cy = 300;
  switch (motif) {
    case 'sun': {
      const rays = Array.from({ length: 24 }, (_, i) => {
        const a = (i * Math.PI) / 12;
        const r1 = 150;
        const r2 = 250 + (i % 2) * 40;
        return `<line x1="${round(cx + r1 * Math.cos(a))}" y1="${round(cy + r1 * Math.sin(a))}" x2="${round(cx + r2 * Math.cos(a))}" y2="${round(cy + r2 * Math.sin(a))}" stroke="${accent}" stroke-opacity="0.35" stroke-width="6" stroke-linecap="round"/>`;
      }).join('');
      return `${rays}<circle cx="${cx}" cy="${cy}" r="120" fill="${accent}" fill-opacity="0.22"/><circle cx="${cx}" cy="${cy}" r="82" fill="${accent}" fill-opacity="0.45"/>`;
    }
    case 'star':
      return `<circle cx="${cx}" cy="${cy}" r="230" fill="none" stroke="${accent}" stroke-opacity="0.3" stroke-width="3"/><circle cx="${cx}" cy="${cy}" r="180" fill="${accent}" fill-opacity="0.12"/><polygon points="${starPoints(cx, cy, 150, 60)}" fill="${accent}" fill-opacity="0.55"/>`;
    case 'bands':
      return (
        Array.from({ length: 7 }, (_, i) => {
          const x = 660 + i * 80;
          return `<rect x="${x}" y="-100" width="${36 + (i % 3) * 10}" height="900" transform="rotate(18 ${x} 337)" fill="${accent}" fill-opacity="${round(0.1 + 0.05 * (i % 4))}"/>`;
        }).join('') +
        `<circle cx="${cx}" cy="${cy}" r="96" fill="none" stroke="${accent}" stroke-opacity="0.6" stroke-width="10"/><text x="${cx}" y="${cy + 28}" text-anchor="middle" font-family="${FONT}" font-size="84" font-weight="bold" fill="${accent}" fill-opacity="0.75">101</text>`
      );
    case 'book': {
      // An open book drawn with two curved pages, plus a few scattered dots.
      const dots = Array.from(
        { length: 14 },
        () =>
          `<circle cx="${round(700 + rand() * 440)}" cy="${round(60 + rand() * 420)}" r="${round(4 + rand() * 10)}" fill="${accent}" fill-opacity="${round(0.15 + rand() * 0.3)}"/>`,
      ).join('');
      return `${dots}<path d="M ${cx} 380 Q ${cx - 90} 330 ${cx - 210} 350 L ${cx - 210} 190 Q ${cx - 90} 170 ${cx} 220 Z" fill="${accent}" fill-opacity="0.5"/><path d="M ${cx} 380 Q ${cx + 90} 330 ${cx + 210} 350 L ${cx + 210} 190 Q ${cx + 90} 170 ${cx} 220 Z" fill="${accent}" fill-opacity="0.38"/><line x1="${cx}" y1="220" x2="${cx}" y2="380" stroke="${accent}" stroke-width="4"/>`;
    }
    case 'dots': {
      const out: string[] = [];
      for (let row = 0; row < 7; row++) {
        for (let col = 0; col < 7; col++) {
          const x = 700 + col * 68;
          const y = 90 + row * 62;
          const d = Math.hypot(x - cx, y - cy);
          const r = Math.max(3, 20 - d / 18);
          out.push(`<circle cx="${x}" cy="${y}" r="${round(r)}" fill="${accent}" fill-opacity="${round(0.2 + rand() * 0.35)}"/>`);
        }
      }
      return out.join('') + `<circle cx="${cx}" cy="${cy}" r="210" fill="none" stroke="${accent}" stroke-opacity="0.35" stroke-width="3"/>`;
    }
    case 'hands': {
      // Overlapping circles: people standing together.
      const circles = [
        [cx - 130, cy + 40, 95],
        [cx, cy - 10, 115],
        [cx + 130, cy + 40, 95],
      ]
        .map(([x, y, r], i) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${accent}" fill-opacity="${round(0.18 + i * 0.08)}"/>`)
        .join('');
      const heads = [
        [cx - 130, cy - 10, 30],
        [cx, cy - 70, 36],
        [cx + 130, cy - 10, 30],
      ]
        .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${accent}" fill-opacity="0.7"/>`)
        .join('');
      return (
        circles +
        heads +
        `<path d="M ${cx - 240} ${cy + 150} Q ${cx} ${cy + 80} ${cx + 240} ${cy + 150}" fill="none" stroke="${accent}" stroke-opacity="0.6" stroke-width="8" stroke-linecap="round"/>`
      );
    }
  }
}

/** Greedy line breaking at `width` characters. */
function greedy(words: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Splits a label into at most `maxLines` lines of at most about `width`
 * characters, balancing line lengths so no single word is left on its own.
 */
function wrap(text: string, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/);
  const n = greedy(words, width).length;
  // Narrowest width that still needs no more lines than the greedy layout.
  for (let w = Math.ceil(text.length / n); w < width; w++) {
    const lines = greedy(words, w);
    if (lines.length <= n) return lines.slice(0, maxLines);
  }
  return greedy(words, width).slice(0, maxLines);
}

export function svgFor(ill: Illustration): string {
  const { from, via, to, accent } = ill.palette;
  const rand = prng(ill.out);
  const titleLines = wrap(ill.title, 16, 3);
  const subLines = wrap(ill.subtitle, 34, 3);
  const titleSize = 64;
  const titleY = 250 - (titleLines.length - 1) * 36;
  const title = titleLines
    .map((l, i) => `<text x="80" y="${titleY + i * 78}" font-family="${FONT}" font-size="${titleSize}" font-weight="bold" fill="#ffffff">${esc(l)}</text>`)
    .join('');
  const subY = titleY + (titleLines.length - 1) * 78 + 70;
  const sub = subLines.map((l, i) => `<text x="82" y="${subY + i * 40}" font-family="${FONT}" font-size="30" fill="#ffffff" fill-opacity="0.88">${esc(l)}</text>`).join('');
  const ruleY = titleY - titleSize - 20;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="${from}"/><stop offset="0.55" stop-color="${via}"/><stop offset="1" stop-color="${to}"/>
</linearGradient>
<radialGradient id="glow" cx="0.75" cy="0.45" r="0.6">
<stop offset="0" stop-color="#ffffff" stop-opacity="0.18"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
</radialGradient>
</defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#glow)"/>
${motifSvg(ill.motif, accent, rand)}
<rect x="80" y="${ruleY}" width="120" height="8" rx="4" fill="${accent}"/>
${title}
${sub}
<rect x="0" y="${HEIGHT - 14}" width="${WIDTH}" height="14" fill="${accent}" fill-opacity="0.8"/>
<g>
<rect x="${WIDTH - 318}" y="${HEIGHT - 84}" width="290" height="52" rx="8" fill="#000000" fill-opacity="0.62" stroke="#ffffff" stroke-opacity="0.85" stroke-width="2"/>
<text x="${WIDTH - 173}" y="${HEIGHT - 48}" text-anchor="middle" font-family="${FONT}" font-size="26" font-weight="bold" letter-spacing="2" fill="#ffffff">ẢNH MINH HỌA</text>
</g>
</svg>`;
}

async function render(ill: Illustration, root: string): Promise<{ path: string; bytes: number; written: boolean }> {
  const path = join(root, ill.out);
  const svg = Buffer.from(svgFor(ill), 'utf8');
  let quality = QUALITY;
  let jpeg: Buffer;
  // Lower the quality a little if a picture would exceed the size budget.
  for (;;) {
    jpeg = await sharp(svg, { density: 72 }).resize(WIDTH, HEIGHT).flatten({ background: '#000000' }).jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' }).toBuffer();
    if (jpeg.length <= MAX_BYTES || quality <= 50) break;
    quality -= 4;
  }
  await mkdir(dirname(path), { recursive: true });
  const existing = await readFile(path).catch(() => null);
  if (existing && existing.equals(jpeg)) return { path, bytes: jpeg.length, written: false };
  await writeFile(path, jpeg);
  return { path, bytes: jpeg.length, written: true };
}

const root = resolve(process.argv[2] ?? process.cwd());
for (const ill of ILLUSTRATIONS) {
  const r = await render(ill, root);
  console.log(`${r.written ? 'wrote' : 'unchanged'} ${ill.out} (${(r.bytes / 1024).toFixed(1)} kB)`);
}

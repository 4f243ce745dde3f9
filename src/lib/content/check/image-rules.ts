/** Images an entry uses: they must exist, be real images, not be huge, and covers must be wide enough. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { SVG_FIX, URL_PROBLEM_TEXT, imagePathProblem } from '../body-policy.ts';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Over this many pixels an image is refused: decoding it takes more memory than a build should. */
export const MAX_PIXELS = 50_000_000;
/** Over this many pixels on a side, a warning: the site never shows an image that large. */
export const WARN_SIDE = 6000;
/** Raster formats the site publishes, by what sharp reads, with the file endings each may have. */
const FORMATS: Record<string, { name: string; endings: readonly string[] }> = {
  jpeg: { name: 'JPEG', endings: ['jpg', 'jpeg'] },
  png: { name: 'PNG', endings: ['png'] },
  webp: { name: 'WebP', endings: ['webp'] },
  heif: { name: 'AVIF', endings: ['avif'] },
  gif: { name: 'GIF', endings: ['gif'] },
};
const FIX = 'hãy dùng ảnh JPEG, PNG, WebP hoặc AVIF';

type DecodeResult = { width: number; height: number; format: string } | { rule: ImageProblem['rule']; problem: string };
/** A decode's outcome, its message still to be told with the path the story wrote. */
type Decoded = { width: number; height: number; format: string } | { rule: ImageProblem['rule']; problem: (src: string) => string };
/** One decode per picture and file ending: a check of many stories sharing one, or a test run checking copies, decodes it once. */
const decodedImages = new Map<string, Promise<Decoded>>();

/**
 * Reads the whole image, as the build will: a file that only starts like an image (cut short
 * in an upload, damaged) fails here, not halfway through the build.
 */
export async function decodeImage(path: string, src: string): Promise<DecodeResult> {
  const bytes = readFileSync(path);
  const ending = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const key = `${createHash('sha256').update(bytes).digest('hex')}.${ending}`;
  let decoded = decodedImages.get(key);
  if (!decoded) decodedImages.set(key, (decoded = decode(bytes, ending)));
  const result = await decoded;
  return 'problem' in result ? { rule: result.rule, problem: result.problem(src) } : result;
}

async function decode(bytes: Buffer, ending: string): Promise<Decoded> {
  if (bytes.length === 0) return { rule: 'image-invalid', problem: (src) => `tệp "${src}" rỗng (0 byte), có lẽ chép chưa xong; hãy chép lại ảnh` };
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { rule: 'image-invalid', problem: (src) => `tệp "${src}" không phải là ảnh đọc được; ${FIX}` };
  }
  // An SVG under a raster file name: refused like one under its own (imagePathProblem).
  if (meta.format === 'svg') return { rule: 'image-svg', problem: (src) => `ảnh "${src}" ${URL_PROBLEM_TEXT.svg}; ${SVG_FIX}` };
  const format = FORMATS[meta.format ?? ''];
  if (!format) return { rule: 'image-invalid', problem: (src) => `tệp "${src}" là ảnh ${String(meta.format).toUpperCase()}, trang không đăng được loại này; ${FIX}` };
  if (!format.endings.includes(ending)) {
    return {
      rule: 'image-wrong-ending',
      problem: (src) => `tệp "${src}" mang đuôi .${ending || '(không có)'} nhưng thật ra là ảnh ${format.name}; hãy đổi tên tệp sang đuôi .${format.endings[0]} (và sửa đường dẫn trong bài)`,
    };
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > MAX_PIXELS) return { width, height, format: format.name };
  try {
    // Decoding every pixel finds a truncated or corrupt file; the header alone does not.
    await sharp(bytes, { failOn: 'truncated' }).raw().toBuffer();
  } catch {
    return { rule: 'image-invalid', problem: (src) => `ảnh "${src}" bị hỏng hoặc chép thiếu (không giải mã được trọn vẹn); hãy mở ảnh gốc, lưu lại rồi chép lại` };
  }
  return { width, height, format: format.name };
}
export const MIN_COVER_WIDTH = 600;

export interface ImageUse {
  /** Front-matter path of the `src` field, or undefined for an image in the body. */
  path: (string | number)[] | undefined;
  bodyLine?: number | undefined;
  src: string;
  /** Covers are shown full width and shared: they need MIN_COVER_WIDTH. */
  isCover: boolean;
}

export interface ImageProblem {
  use: ImageUse;
  rule: 'image-missing' | 'image-invalid' | 'image-too-large' | 'image-too-small' | 'image-svg' | 'image-wrong-ending' | 'image-very-large';
  severity?: 'warning';
  message: string;
}

const MB = (n: number) => (n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

export async function imageProblems(uses: readonly ImageUse[], fileDir: string): Promise<ImageProblem[]> {
  const out: ImageProblem[] = [];
  for (const use of uses) {
    // Paths outside the story's folder are reported by the path rule; such a file is never opened.
    if (imagePathProblem(use.src)) continue;
    const path = resolve(fileDir, use.src);
    if (!existsSync(path)) {
      // Front-matter images are reported by the schema rule; body images here.
      if (!use.path) out.push({ use, rule: 'image-missing', message: `không tìm thấy tệp ảnh "${use.src}"; hãy kiểm tra tên tệp và đặt ảnh cạnh bài, ví dụ: ./anh/ten-anh.jpg` });
      continue;
    }
    const size = statSync(path).size;
    if (size > MAX_IMAGE_BYTES) {
      out.push({ use, rule: 'image-too-large', message: `ảnh "${use.src}" nặng ${MB(size)} MB, quá giới hạn 10 MB; hãy thu nhỏ ảnh (chiều rộng khoảng 2000 px là đủ) rồi lưu lại` });
      continue;
    }
    const decoded = await decodeImage(path, use.src);
    if ('problem' in decoded) {
      out.push({ use, rule: decoded.rule, message: decoded.problem });
      continue;
    }
    const { width, height } = decoded;
    if (width * height > MAX_PIXELS) {
      out.push({ use, rule: 'image-too-large', message: `ảnh "${use.src}" có ${(width * height / 1e6).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} triệu điểm ảnh (${width}×${height}), quá giới hạn 50 triệu; hãy thu nhỏ ảnh (chiều rộng khoảng 2000 px là đủ)` });
      continue;
    }
    if (Math.max(width, height) > WARN_SIDE) {
      out.push({ use, rule: 'image-very-large', severity: 'warning', message: `ảnh "${use.src}" rộng ${width.toLocaleString('vi-VN')} × cao ${height.toLocaleString('vi-VN')} px; ảnh quá ${WARN_SIDE.toLocaleString('vi-VN')} px làm bước dựng trang chậm mà không rõ hơn trên màn hình; nên thu nhỏ còn khoảng 2000 px` });
    }
    if (use.isCover && width < MIN_COVER_WIDTH) {
      out.push({ use, rule: 'image-too-small', message: `ảnh đại diện "${use.src}" chỉ rộng ${width} px; ảnh đại diện cần rộng ít nhất ${MIN_COVER_WIDTH} px` });
    }
  }
  return out;
}

/** Markdown images in a body: `![alt](./anh/x.jpg)`, with their body-relative line. */
export function bodyImages(body: string): { alt: string; src: string; line: number }[] {
  const out: { alt: string; src: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ alt: m[1]!, src: m[2]!, line: i + 1 });
  });
  return out;
}

/** Images an entry uses: they must exist, be real images, not be huge, and covers must be wide enough. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
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
  rule: 'image-missing' | 'image-invalid' | 'image-too-large' | 'image-too-small';
  message: string;
}

const MB = (n: number) => (n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

export async function imageProblems(uses: readonly ImageUse[], fileDir: string): Promise<ImageProblem[]> {
  const out: ImageProblem[] = [];
  for (const use of uses) {
    if (/^(https?:)?\/\//.test(use.src)) continue; // remote images are not ours to check
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
    let width: number | undefined;
    try {
      const meta = await sharp(path).metadata();
      width = meta.width;
    } catch {
      out.push({ use, rule: 'image-invalid', message: `tệp "${use.src}" không phải là ảnh đọc được; hãy dùng ảnh JPEG, PNG, WebP hoặc AVIF` });
      continue;
    }
    if (use.isCover && width !== undefined && width < MIN_COVER_WIDTH) {
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

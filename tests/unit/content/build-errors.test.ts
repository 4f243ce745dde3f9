import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainBuildOutput, formatBuildProblem, GENERIC_MESSAGE, outputFilter, stripAnsi, type ExplainContext } from '../../../src/lib/content/build-errors.ts';

const ROOT = '/srv/guong-sang';
const ctx: ExplainContext = { root: ROOT, contentDir: `${ROOT}/content` };
const explain = (text: string, c: ExplainContext = ctx) => explainBuildOutput(text, c).map(formatBuildProblem);

/** Raw output of real failed builds (tests/fixtures/build-errors/capture.ts), machine paths replaced. */
const DATA = join(import.meta.dirname, '../../fixtures/build-errors');
const captured = (name: string): string => readFileSync(join(DATA, `${name}.txt`), 'utf8').split('<ROOT>').join(ROOT);

/** No stack trace, no code frame, no absolute path, nothing in English. */
function editorFacing(lines: string[]): void {
  for (const line of lines) {
    expect(line).not.toMatch(/^\s*at\s|\bat .*:\d+:\d+|node_modules|\/srv\/|\|\s*\^|Error\b|Expected|Unexpected|Could not|Failed/);
    expect(line).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳ]/);
  }
}

describe('build errors in the editors’ language (real output of failed builds)', () => {
  const cases: [string, RegExp][] = [
    ['unclosed-div', /^content\/bai-viet\/phong-van-mau\.mdx:24 — thẻ <div> mở mà không đóng; hãy thêm <\/div>/],
    ['mismatched-tag', /^content\/bai-viet\/phong-van-mau\.mdx:24 — thẻ đóng <\/p> không khớp với thẻ đang mở <em>/],
    ['html-comment', /^content\/bai-viet\/phong-van-mau\.mdx:24 — dấu “<” ở đây/],
    ['open-brace', /^content\/bai-viet\/phong-van-mau\.mdx:24 — đoạn trong dấu ngoặc nhọn/],
    ['missing-import', /^content\/bai-viet\/phong-van-mau\.mdx:11 — dòng import trỏ tới “KhungAnh\.astro” nhưng không có tệp đó/],
    ['corrupt-cover', /^content\/hoi-nghi\/hoi-nghi-mau\.md:18 — tệp ảnh “hoi-nghi-mau\.jpg” bị hỏng/],
    ['corrupt-body-image', /^content\/bai-viet\/phong-van-mau\.mdx:14 — tệp ảnh “phong-van\.jpg” bị hỏng/],
    ['truncated-cover', /^content\/hoi-nghi\/hoi-nghi-mau\.md:17 — ảnh khai báo ở dòng này bị hỏng/],
    ['missing-cover', /^content\/hoi-nghi\/hoi-nghi-mau\.md:18 — không tìm thấy ảnh “hoi-nghi-mau-moi\.jpg”/],
    ['svg-as-jpg', /^content\/hoi-nghi\/hoi-nghi-mau\.md:18 — tệp ảnh “hoi-nghi-mau\.jpg” thực ra là hình vẽ SVG/],
    ['cover-outside', /^content\/hoi-nghi\/hoi-nghi-mau\.md:17 — phần thông tin đầu bài không hợp lệ ở trường “cover\.src”; hãy chạy npm run check/],
  ];
  // What scripts/build.ts answers from the content folder: the entry using an image, the entry
  // of a page, the line holding a text.
  const callbacks: Partial<ExplainContext> = {
    usedBy: (file) =>
      /hoi-nghi-mau(-moi)?\.jpg$/.test(file) ? { file: `${ROOT}/content/hoi-nghi/hoi-nghi-mau.md`, line: 18 } : file.endsWith('phong-van.jpg') ? { file: `${ROOT}/content/bai-viet/phong-van-mau.mdx`, line: 14 } : undefined,
    // A share image or a page that failed on a picture it does not name: the cover's line.
    entryForRoute: (route, picture) =>
      route === '/anh-chia-se/hoi-nghi/hoi-nghi-mau.jpg' || (route === '/hoi-nghi/hoi-nghi-mau/' && picture)
        ? { file: `${ROOT}/content/hoi-nghi/hoi-nghi-mau.md`, line: 17 }
        : route === '/hoi-nghi/hoi-nghi-mau/'
          ? { file: `${ROOT}/content/hoi-nghi/hoi-nghi-mau.md`, line: 1 }
          : undefined,
    lineOf: (file, text) =>
      file.endsWith('phong-van-mau.mdx') && text === '../../components/KhungAnh.astro' ? 11 : file.endsWith('hoi-nghi-mau.md') && text === '\ncover:' ? 16 : undefined,
  };
  for (const [name, want] of cases) {
    it.skipIf(!existsSync(join(DATA, `${name}.txt`)))(name, () => {
      const lines = explain(captured(name), { ...ctx, ...callbacks });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(want);
      editorFacing(lines.map((l) => l.replace(/^\S+:\d+ — /, '')));
    });
  }

  it('showed the editor no stack trace, code frame or file text, and one line per problem (what the builds printed)', () => {
    for (const name of cases.map(([n]) => n).filter((n) => existsSync(join(DATA, `${n}.shown.txt`)))) {
      const shown = readFileSync(join(DATA, `${name}.shown.txt`), 'utf8');
      expect(shown, name).not.toMatch(/^\s+at\s|[|│]\s*\^|^\s*\d+\s*[|│]|Stack trace|node_modules\/(?!\.cache\/gs-build\/)/m);
      expect(shown, name).not.toMatch(/Đoạn văn trong khung|ghi chú của biên tập|nhấn mạnh|Đây không phải ảnh|KhungAnh from/);
      expect(shown, name).toMatch(/\nChi tiết kỹ thuật \(cho bộ phận kỹ thuật\): node_modules\/\.cache\/gs-build\/loi-dung-trang-[\w-]+\.log\n/);
    }
  });

  it('shows progress while building, and from the first error only the content check’s lines', () => {
    for (const name of cases.map(([n]) => n).filter((n) => existsSync(join(DATA, `${n}.txt`)))) {
      const show = outputFilter();
      const shown = captured(name).split('\n').filter(show);
      expect(shown.join('\n'), name).not.toMatch(/^\s+at\s|\s\|\s*\^|^\s*\d+\s*\|/m);
      expect(shown.join('\n'), name).not.toMatch(/Đoạn văn trong khung|ghi chú của biên tập|nhấn mạnh|Đây không phải ảnh/);
    }
  });
});

describe('build errors in the editors’ language (forms seen in Astro, Vite, MDX and sharp output)', () => {
  it('finds the entry by absolute path with a query, and the line in the message', () => {
    const text = [
      '07:01:02 [ERROR] [vite] ✗ Build failed in 2.31s',
      '[MDXError] Expected a closing tag for `<div>` (12:1-12:20) before the end of `paragraph`',
      `file: ${ROOT}/content/bai-viet/x.mdx?astroContentCollectionEntry=true:12:1`,
      '  Stack trace:',
      '    at Object.transform (file:///srv/guong-sang/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:55:15)',
    ].join('\n');
    expect(explain(text)).toEqual(['content/bai-viet/x.mdx:12 — thẻ <div> mở mà không đóng; hãy thêm </div> ở chỗ thẻ kết thúc (một thẻ không có nội dung thì viết <div />)']);
  });

  it('reads relative paths and file URLs, and says each failure once', () => {
    const text = [
      '[vite]: Rollup failed to resolve import "./khong-co.js" from "content/bai-viet/y.mdx".',
      'error   Could not resolve "./khong-co.js" from "content/bai-viet/y.mdx"',
      `  Location:\n    file://${ROOT}/content/bai-viet/y.mdx:3:1`,
    ].join('\n');
    expect(explain(text)).toEqual(['content/bai-viet/y.mdx:3 — dòng import trỏ tới “khong-co.js” nhưng không có tệp đó; hãy sửa đường dẫn hoặc xoá dòng import']);
  });

  it('tells of a corrupt image by the entry that uses it', () => {
    const text = `[ERROR] Error: Input buffer contains unsupported image format\n    at Sharp.toBuffer (${ROOT}/node_modules/sharp/lib/output.js:1:1)\nwhile processing ${ROOT}/content/hoi-nghi/anh/a b.jpg`;
    const usedBy = (f: string) => (f.endsWith('/anh/a') ? undefined : { file: `${ROOT}/content/hoi-nghi/h.md`, line: 7 });
    // The space ends the path: "a" is no image; without a user the image itself is named.
    expect(explain(`[ERROR] VipsJpeg: Premature end of JPEG file\n  ${ROOT}/content/hoi-nghi/anh/hong.jpg`, { ...ctx, usedBy })).toEqual([
      'content/hoi-nghi/h.md:7 — tệp ảnh “hong.jpg” bị hỏng hoặc không đúng định dạng (đuôi .jpg nhưng không phải ảnh JPEG thật…); hãy mở ảnh trên máy, lưu lại thành JPEG, PNG hoặc WebP rồi chép đè tệp cũ',
    ]);
    expect(explain(text)[0]).toMatch(/bị hỏng hoặc không đúng định dạng/);
  });

  it('says something useful when no file is named, and nothing more when the content check spoke', () => {
    expect(explain('[ERROR] [ImageNotFound] Could not find requested image `./anh/x.jpg`. Does it exist?')).toEqual(['Không tìm thấy ảnh “x.jpg”; hãy kiểm tra tên tệp (chữ hoa, chữ thường, dấu) và thư mục của ảnh.']);
    expect(explain('TypeError: Cannot read properties of undefined (reading \'x\')\n    at foo (/srv/guong-sang/src/a.ts:1:1)')[0]).toMatch(/^Dựng trang gặp lỗi kỹ thuật/);
    expect(explain('content/bai-viet/x.mdx:3 — thẻ <script> không được phép\nĐã kiểm tra 9 tệp: 1 lỗi, 0 cảnh báo. Chưa xuất bản gì: hãy sửa các lỗi trên rồi chạy lại.')).toEqual([]);
  });

  it('never repeats a generic report for a file already explained', () => {
    const text = `[ERROR] Something odd happened in ${ROOT}/content/a.mdx\n[MDXError] Could not parse expression with oxc: Unexpected token\n  ${ROOT}/content/a.mdx:4:2`;
    expect(explain(text)).toEqual(['content/a.mdx:4 — đoạn trong dấu ngoặc nhọn { } không phải biểu thức hợp lệ; nếu muốn viết dấu { hay } như chữ thường, hãy viết \\{ hoặc \\}']);
    expect(explain(`[ERROR] Something odd happened in ${ROOT}/content/b.md`)).toEqual([`content/b.md:1 — ${GENERIC_MESSAGE}`]);
  });

  it('keeps tag names short and free of markup', () => {
    const [line] = explain(`[MDXError] Expected a closing tag for \`<${'x'.repeat(100)}">\` (1:1-1:2)\n${ROOT}/content/a.mdx`);
    expect(line!.length).toBeLessThan(300);
  });

  it('filters stack traces and code frames from the terminal, and everything after an error', () => {
    const show = outputFilter();
    const lines = ['07:00:01 [build] output: "static"', '▶ src/pages/index.astro', '  ├─ /index.html (+12ms)', '    at foo (/x.js:1:1)', '  12 | <div>', '     | ^', '07:00:03 [ERROR] [vite] ✗ Build failed', 'Expected a closing tag', 'content/a.mdx:3 — lỗi của bước kiểm tra'];
    expect(lines.filter(show)).toEqual(['07:00:01 [build] output: "static"', '▶ src/pages/index.astro', '  ├─ /index.html (+12ms)', 'content/a.mdx:3 — lỗi của bước kiểm tra']);
    expect(stripAnsi('\x1b[31m[ERROR]\x1b[39m x')).toBe('[ERROR] x');
  });
});

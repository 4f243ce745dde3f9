/**
 * The build's own failures in the editors' language. `npm run build` captures what
 * `astro build` and the index step print; when the build fails, this module turns
 * that text into one line per problem: the content file and line it comes from,
 * and what to do, in Vietnamese:
 *
 *   content/bai-viet/x.mdx:12 — thẻ <div> mở mà không đóng; hãy thêm </div> …
 *
 * No stack trace and nothing of the file's text is repeated (the raw output goes to
 * a log file for whoever maintains the site). The content check (content-guard)
 * stops most broken files before Astro runs; this is the second line of defence,
 * for what gets past it: MDX/JSX syntax, images sharp cannot read, imports of
 * missing files, images not found.
 *
 * Also the filter that decides, line by line, what of the children's output
 * reaches the terminal while the build runs (progress yes, stack traces and code
 * frames no).
 *
 * Pure: text in, text out; finding which entry uses an image is asked of the caller.
 */
import { isAbsolute, relative, sep } from 'node:path';

export type BuildErrorKind =
  | 'unclosed-tag'
  | 'mismatched-tag'
  | 'bad-tag-start'
  | 'expression'
  | 'esm'
  | 'image-corrupt'
  | 'image-not-found'
  | 'missing-import'
  | 'schema'
  | 'generic';

export interface BuildProblem {
  /** Path relative to the project root, forward slashes (as the content check writes it). */
  file?: string | undefined;
  line?: number | undefined;
  kind: BuildErrorKind;
  /** Vietnamese, for editors. */
  message: string;
}

export interface ExplainContext {
  /** Project root: paths in messages are relative to it. */
  root: string;
  /** The content folder (absolute). */
  contentDir: string;
  /** For a file that is not an entry (an image, absolute or as written), the entry that uses it, and the line. */
  usedBy?: ((file: string) => Where | undefined) | undefined;
  /**
   * For a page the build failed to render ("/bai-viet/x/", "/anh-chia-se/hoi-nghi/y.jpg"), its entry;
   * `picture`: it failed on a picture it does not name (at the entry's cover line, then).
   */
  entryForRoute?: ((route: string, picture: boolean) => Where | undefined) | undefined;
  /** The line of an entry holding a text (an import's path: bundlers count lines of the compiled module). */
  lineOf?: ((file: string, text: string) => number | undefined) | undefined;
}

export interface Where {
  /** Absolute, or relative to the root. */
  file: string;
  line: number;
}

/** Terminal colours, which children print when told the terminal has them. */
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
export const stripAnsi = (text: string): string => text.replace(ANSI, '');

/** A line that starts an error report (Astro's logger, Vite, Node, the index step). */
const ERROR_START = /^\s*(?:\d\d:\d\d:\d\d\s+)?(?:\[(?:ERROR|\w*Error)\]|(?:error|✗|✘)\s|[A-Z]\w*Error\b|Error(?! reference)\b|\w+Error:|\[vite\]:?\s+(?:Rollup failed|\[\w+\] )|Build failed)/;
/** A line of a stack trace. */
const STACK = /^\s*at\s+(?:\S+\s+\()?(?:file:|node:|\/|[A-Za-z]:\\|<anonymous>|async\s|new\s|\S+\s*\(|\S+:\d+:\d+)/;
/** A line of a code frame: "  12 | text", "> 12 | text", "     |   ^". */
const CODE_FRAME = /^\s*(?:>\s*)?\d*\s*[|│](?:\s|$)|^\s*\^+\s*$|^\s*╭─\[|^\s*─*╯/;
/** An editor-facing problem line, as the content check prints it ("content/x.mdx:3 — …"). */
const PROBLEM_LINE = /^\S+:\d+ — /;

/**
 * The terminal filter: a function telling, for each line of a child's output in order,
 * whether to show it. Before any error: everything but stack traces and code frames.
 * From the first error on: only the content check's own problem lines (the rest is
 * explained at the end, and is in the log).
 */
export function outputFilter(): ((line: string) => boolean) & { readonly failing: boolean } {
  let failing = false;
  const show = (raw: string) => {
    const line = stripAnsi(raw);
    if (PROBLEM_LINE.test(line)) return true;
    if (!failing && ERROR_START.test(line)) failing = true;
    if (failing) return false;
    return !STACK.test(line) && !CODE_FRAME.test(line);
  };
  // `failing`: an error was seen (and what followed it withheld).
  return Object.defineProperty(show, 'failing', { get: () => failing }) as typeof show & { readonly failing: boolean };
}

/** Content files and images the build reads. */
const CONTENT_EXT = 'mdx|md|markdown|ya?ml|json|jpe?g|png|webp|avif|gif|svg|tiff?|heic|heif';
const IMAGE_EXT = /\.(?:jpe?g|png|webp|avif|gif|svg|tiff?|heic|heif)$/i;

/** One error report of the output: from an error start to the next. */
interface Block {
  text: string;
}

function blocks(output: string): Block[] {
  const lines = stripAnsi(output).split(/\r?\n/);
  const out: Block[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (ERROR_START.test(line) && !STACK.test(line)) {
      if (current) out.push({ text: current.join('\n') });
      current = [line];
    } else current?.push(line);
  }
  if (current) out.push({ text: current.join('\n') });
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Place {
  /** Absolute path. */
  path: string;
  line?: number | undefined;
}

/** Content files named in a text, absolute or relative to the root, with a line when given. */
function places(text: string, ctx: ExplainContext): Place[] {
  const root = ctx.root.replace(/[/\\]+$/, '');
  const dir = ctx.contentDir.replace(/[/\\]+$/, '');
  const relDir = relative(root, dir).split(sep).join('/');
  const prefixes = [escapeRe(dir), ...(relDir && !relDir.startsWith('..') && !isAbsolute(relDir) ? [`(?<![\\w/.-])${escapeRe(relDir)}`] : [])];
  // Path up to the extension (no spaces, quotes, brackets), then ?query, then :line:col.
  const re = new RegExp(`(?:file://)?(${prefixes.join('|')})(/[^\\s"'\`()<>\\[\\]{},;]*?\\.(?:${CONTENT_EXT}))(?:\\?[^\\s"'\`:()]*)?(?::(\\d+)(?::\\d+)?)?(?![\\w.])`, 'gi');
  const found: Place[] = [];
  for (const m of text.matchAll(re)) {
    const path = `${dir}${decodeURIComponentSafe(m[2]!)}`;
    // "x.md:0:0": no line known.
    found.push({ path, line: Number(m[3]) || undefined });
  }
  return found;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A line named by the message itself: "(12:3-12:8)", "12:3:", "line 12". */
function messageLine(text: string): number | undefined {
  const m = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(text) ?? /^(?:\S*\s)?(\d+):\d+:\s/m.exec(text) ?? /\bline (\d+)\b/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

const quoteName = (s: string | undefined) => (s ? s.replace(/[^\p{L}\p{N}._:-]/gu, '').slice(0, 40) : '');

interface Kind {
  kind: BuildErrorKind;
  message: string;
  /** Text to find in the entry for the line (a missing import's path; a field's key). */
  spec?: string | undefined;
}

/** What went wrong, from the first pattern the block matches. */
function kindOf(text: string, image: string | undefined): Kind | undefined {
  let m: RegExpExecArray | null;
  if ((m = /Expected a closing tag for `<([^>`\s]*)/.exec(text)) || (m = /Expected the closing tag `<\/([^>`\s]*)>`/.exec(text)) || (m = /Expected corresponding JSX closing tag for '<?([^'>\s]*)/.exec(text))) {
    const tag = quoteName(m[1]);
    return tag
      ? { kind: 'unclosed-tag', message: `thẻ <${tag}> mở mà không đóng; hãy thêm </${tag}> ở chỗ thẻ kết thúc (một thẻ không có nội dung thì viết <${tag} />)` }
      : { kind: 'unclosed-tag', message: 'có thẻ mở mà không đóng; hãy thêm thẻ đóng tương ứng' };
  }
  if ((m = /Unexpected closing tag `<\/([^>`\s]*)>`, expected corresponding closing tag for `<([^>`\s]*)/.exec(text))) {
    const [closing, open] = [quoteName(m[1]), quoteName(m[2])];
    return { kind: 'mismatched-tag', message: `thẻ đóng </${closing}> không khớp với thẻ đang mở <${open}>; hãy đóng <${open}> bằng </${open}> trước, hoặc sửa lại thứ tự các thẻ` };
  }
  if (/Unexpected closing (?:slash|tag)|Unexpected lazy line|Expected corresponding closing tag for JSX fragment/.test(text)) {
    return { kind: 'mismatched-tag', message: 'thẻ đóng không khớp với thẻ mở nào; hãy kiểm tra từng cặp thẻ <…> và </…> trong đoạn này' };
  }
  if (/Unexpected character(?: `[^`]*` \(U\+[0-9A-F]+\))? (?:before name|after `<`|in name|before attribute|in attribute|after name|inside of)|Unexpected character after `<`|Unexpected characters /.test(text)) {
    return { kind: 'bad-tag-start', message: 'dấu “<” ở đây được hiểu là mở một thẻ nhưng sau nó không phải tên thẻ hợp lệ; nếu muốn viết dấu < như chữ thường, hãy viết \\< (ghi chú thì viết {/* … */})' };
  }
  if (/Could not parse expression|Unexpected end of file in expression|Unexpected (?:empty|unclosed) (?:expression|line comment|multiline comment)|Unexpected content after expression|Unexpected extra content in spread|Unexpected prop in spread/.test(text)) {
    return { kind: 'expression', message: 'đoạn trong dấu ngoặc nhọn { } không phải biểu thức hợp lệ; nếu muốn viết dấu { hay } như chữ thường, hãy viết \\{ hoặc \\}' };
  }
  if (/Could not parse esm|Unexpected statement in code: only import\/exports/.test(text)) {
    return { kind: 'esm', message: 'dòng bắt đầu bằng “import” hoặc “export” không đúng cú pháp; hãy sửa dòng đó, hoặc viết lại để dòng không bắt đầu bằng các từ này' };
  }
  if ((m = /(?:Could not resolve|Failed to resolve import|Cannot find module|Failed to load url|Cannot find package)\s+["'`]?([^"'`\s]+)/.exec(text))) {
    const spec = m[1]!;
    const name = quoteName(spec.split('/').pop());
    if (IMAGE_EXT.test(spec)) return { kind: 'image-not-found', message: `không tìm thấy ảnh “${name}”; hãy kiểm tra tên tệp (chữ hoa, chữ thường, dấu) và thư mục của ảnh` };
    return { kind: 'missing-import', message: `dòng import trỏ tới “${name}” nhưng không có tệp đó; hãy sửa đường dẫn hoặc xoá dòng import`, spec };
  }
  if (/ImageNotFound|Could not find requested image|Image not found|Could not transform image|ENOENT[^\n]*\.(?:jpe?g|png|webp|avif|gif|svg)/i.test(text)) {
    const name = quoteName(image?.split('/').pop());
    return { kind: 'image-not-found', message: name ? `không tìm thấy ảnh “${name}”; hãy kiểm tra tên tệp (chữ hoa, chữ thường, dấu) và thư mục của ảnh` : 'không tìm thấy một ảnh được khai báo; hãy kiểm tra tên tệp (chữ hoa, chữ thường, dấu) và thư mục của ảnh' };
  }
  if (/UnsupportedImageFormat|SVG image processing is disabled/.test(text)) {
    const name = quoteName(image?.split('/').pop());
    return { kind: 'image-corrupt', message: `${name ? `tệp ảnh “${name}”` : 'một tệp ảnh'} thực ra là hình vẽ SVG mang tên ảnh chụp; hãy xuất lại thành ảnh JPEG, PNG hoặc WebP rồi chép đè tệp cũ` };
  }
  if ((m = /InvalidContentEntryDataError\]?[^\n]*\n(?:\s*\n)*\s*([\w.[\]-]+):/.exec(text))) {
    const field = quoteName(m[1]);
    return { kind: 'schema', message: `phần thông tin đầu bài không hợp lệ ở trường “${field}”; hãy chạy npm run check để biết cách sửa`, spec: `\n${field.split('.')[0]}:` };
  }
  if (/InvalidContentEntryDataError|does not match collection schema/.test(text)) {
    return { kind: 'schema', message: 'phần thông tin đầu bài không hợp lệ; hãy chạy npm run check để biết cách sửa' };
  }
  if (/unsupported image format|NoImageMetadata|Could not process image metadata|corrupt|VipsJpeg|VipsPng|VipsForeign|pngload|jpegload|webpload|heifload|gifload|Premature end of|bad seek|Invalid (?:PNG|JPEG|SOS|marker)|not a known file format|MissingSharp|Input file is missing|Input buffer is empty|ImageMissingAlt/i.test(text)) {
    const name = quoteName(image?.split('/').pop());
    return { kind: 'image-corrupt', message: `${name ? `tệp ảnh “${name}”` : 'một tệp ảnh'} bị hỏng hoặc không đúng định dạng (đuôi .jpg nhưng không phải ảnh JPEG thật…); hãy mở ảnh trên máy, lưu lại thành JPEG, PNG hoặc WebP rồi chép đè tệp cũ` };
  }
  return undefined;
}

/** Shown when a failure matches no known pattern. */
export const GENERIC_MESSAGE = 'không dựng được trang từ tệp này; hãy xem lại những gì vừa sửa trong tệp (thẻ <…>, dấu { }, dòng import, ảnh), hoặc gửi tệp nhật ký ở dưới cho bộ phận kỹ thuật';
/** Shown when a failure names no content file and matches no known pattern. */
export const UNKNOWN_MESSAGE = 'Dựng trang gặp lỗi kỹ thuật không gắn với tệp nội dung nào; hãy gửi tệp nhật ký ở dưới cho bộ phận kỹ thuật.';

/** The content check already told the editors what is wrong (and stopped the build). */
const CHECK_FAILED = /Chưa xuất bản gì|^\S+:\d+ — (?!cảnh báo)/m;

/**
 * The problems of a failed build's output, one per file and kind, in the order they
 * appear; empty when the content check has already reported them (its own lines stay
 * on screen). A failure that names no content file gives one problem without a file.
 * One pass over the output, kept whole: a problem's file and line are read from the lines around it.
 */
export function explainBuildOutput(output: string, ctx: ExplainContext): BuildProblem[] {
  const text = stripAnsi(output);
  const all = blocks(text);
  const out: BuildProblem[] = [];
  const seen = new Set<string>();
  for (const block of all) {
    const found = places(block.text, ctx);
    const entry = found.find((p) => !IMAGE_EXT.test(p.path));
    const image = found.find((p) => IMAGE_EXT.test(p.path));
    // An image named as written in the entry, or by the name the build gave it (/_astro/x.<hash>.png).
    const hashed = /\/_astro\/([^/\s"'`:]+?)\.[\w-]{6,12}\.(jpe?g|png|webp|avif|gif|svg)\b/i.exec(block.text);
    const named =
      /(?:ImageNotFound|Could not find requested image|Could not resolve|Failed to resolve import)[^\n]*?["'`]([^"'`\s]+\.(?:jpe?g|png|webp|avif|gif|svg))["'`]/i.exec(block.text)?.[1] ??
      (hashed ? `${hashed[1]}.${hashed[2]}` : undefined);
    const kind = kindOf(block.text, image?.path ?? named);
    const route = /\brendering (\/[^\s:]*)/.exec(block.text)?.[1];
    if (!kind && !entry && !image && !route) continue;
    let file: string | undefined;
    let line: number | undefined;
    const lineOf = (path: string) => found.find((p) => p.path === path && p.line)?.line;
    const specLine = (path: string, spec: string | undefined) => {
      const at = spec ? ctx.lineOf?.(path, spec) : undefined;
      // A spec starting with a line break finds the line before the one wanted.
      return at === undefined ? undefined : at + (spec!.startsWith('\n') ? 1 : 0);
    };
    if (entry && !(kind?.kind === 'image-corrupt' && image)) {
      file = entry.path;
      line = specLine(entry.path, kind?.spec) ?? lineOf(entry.path) ?? messageLine(block.text);
    } else if (image) {
      const user = ctx.usedBy?.(image.path);
      file = user?.file ?? image.path;
      line = user?.line;
    } else if (named && !entry) {
      // An image asked by a path relative to the entry ("./anh/x.jpg"): the entry naming it.
      const user = ctx.usedBy?.(named);
      file = user?.file;
      line = user?.line;
    } else if (entry) {
      file = entry.path;
      line = lineOf(entry.path);
    }
    if (!file && route) {
      // A page that failed to render (a share image drawn from a broken cover, say): its entry.
      const page = ctx.entryForRoute?.(route, kind?.kind === 'image-corrupt');
      file = page?.file;
      line = page?.line;
    }
    if (!file && !kind) continue;
    const rel = file ? (isAbsolute(file) ? relative(ctx.root, file) : file).split(sep).join('/') : undefined;
    let message = kind?.message ?? GENERIC_MESSAGE;
    // An image named by no path, in an entry found by its page: the line that declares it.
    if (rel && kind?.kind === 'image-corrupt' && !image) message = message.replace(/^một tệp ảnh/, 'ảnh khai báo ở dòng này');
    const problem: BuildProblem = { file: rel, line: rel ? (line ?? 1) : undefined, kind: kind?.kind ?? 'generic', message };
    const key = `${problem.file}|${problem.kind}`;
    // The same failure is reported by Vite, then by Astro: once is enough. A generic
    // report of a file already explained adds nothing.
    if (seen.has(key) || (problem.kind === 'generic' && out.some((p) => p.file === problem.file))) continue;
    if (problem.kind !== 'generic') {
      const i = out.findIndex((p) => p.kind === 'generic' && p.file === problem.file);
      if (i >= 0) out.splice(i, 1);
    }
    seen.add(key);
    out.push(problem);
  }
  if (!out.length) {
    if (CHECK_FAILED.test(text)) return [];
    // Nothing names a file: a known kind still says what to do.
    const kind = all.map((b) => kindOf(b.text, undefined)).find(Boolean);
    return [{ kind: kind?.kind ?? 'generic', message: kind?.message ?? UNKNOWN_MESSAGE }];
  }
  // Problems without a file next to problems with one are the same failure told again.
  const withFile = out.filter((p) => p.file);
  return withFile.length ? withFile : out;
}

/** "content/bai-viet/x.mdx:12 — thẻ <div> mở mà không đóng; …" */
export function formatBuildProblem(p: BuildProblem): string {
  if (p.file) return `${p.file}:${p.line ?? 1} — ${p.message}`;
  // Without a file the message is a sentence of its own.
  const sentence = `${p.message[0]!.toUpperCase()}${p.message.slice(1)}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

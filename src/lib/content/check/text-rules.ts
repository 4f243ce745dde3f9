/** Rules on the text itself: NFC, legacy-encoding mojibake, control and invisible characters, lengths. */
import { detectLegacyEncoding } from '../../vi/legacy-encoding.ts';
import type { CollectionName } from '../collections.ts';

export interface TextProblem {
  /** Front-matter path, or undefined for the body. */
  path: (string | number)[] | undefined;
  /** Line inside the body (1-based, body-relative) when path is undefined. */
  bodyLine?: number;
  rule: 'not-nfc' | 'legacy-encoding' | 'control-char' | 'invisible-char' | 'title-length' | 'body-size';
  severity: 'error' | 'warning';
  message: string;
}

/** A headline longer than this draws a warning: it wraps to many lines in lists and is cut when shared. */
export const TITLE_WARN_CHARS = 150;
/** A title longer than this is an error, here and in `npm run new`. */
export const TITLE_MAX_CHARS = 300;
/** A body heavier than this (UTF-8 bytes) draws a warning. */
export const BODY_WARN_BYTES = 300 * 1024;

/** Length of a title as an editor counts it: characters (code points of the NFC form), ends trimmed. */
export const titleLength = (title: string): number => [...title.normalize('NFC').trim()].length;

// Tab, line feed and carriage return are text; every other C0/C1 control is not.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Zero-width and bidirectional-control characters: invisible, yet they break search, sorting and slugs. */
export const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space / BOM',
};

/**
 * Every invisible character, except a zero-width joiner between two emoji
 * (👨‍👩‍👧 is one picture only with it). Global: use with matchAll/replace.
 */
// eslint-disable-next-line no-misleading-character-class -- the class is one code point after the emoji: a variation selector or a skin tone
export const INVISIBLE = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** "U+200B" */
export const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** "U+200B (zero-width space)" */
export const describeInvisible = (ch: string): string => `${codePoint(ch)} (${INVISIBLE_NAMES[ch.codePointAt(0)!] ?? 'ký tự định dạng'})`;

/** The distinct invisible characters in `text`, in order of first appearance. */
export const findInvisible = (text: string): string[] => [...new Set([...text.matchAll(INVISIBLE)].map((m) => m[0]))];

/** `text` without its invisible characters. */
export const removeInvisible = (text: string): string => text.replace(INVISIBLE, '');

/**
 * Fields where an invisible character is an error, not a warning: strings used as keys —
 * titles (page titles, share cards, search), tags (tag pages and their URLs), names of
 * people (honouree name and sortName, speakers' names, photo credits, bylines: sorting,
 * search, the "Ảnh: …" line) and document codes (linked wherever a body mentions them).
 */
const KEY_FIELDS = new Set(['title', 'name', 'sortName', 'credit', 'byline', 'code']);
const KEY_LISTS = new Set(['tags', 'aliases']);

const isKeyField = (path: readonly (string | number)[]): boolean => {
  const last = path[path.length - 1];
  if (typeof last === 'string') return KEY_FIELDS.has(last);
  return path.length === 2 && KEY_LISTS.has(String(path[0]));
};

type Found = Omit<TextProblem, 'path' | 'bodyLine'>;

function checkString(text: string, keyField: boolean): Found[] {
  const out: Found[] = [];
  const control = CONTROL.exec(text);
  if (control) {
    out.push({ rule: 'control-char', severity: 'error', message: `có ký tự điều khiển vô hình (${codePoint(control[0])}), thường lọt vào khi dán từ tệp khác; hãy xóa nó hoặc gõ lại đoạn này` });
  }
  const invisible = findInvisible(text);
  if (invisible.length) {
    const which = invisible.map(describeInvisible).join(', ');
    const why = keyField ? '; ở trường này nó làm tìm kiếm và sắp xếp sai, và hai chữ trông giống nhau bị coi là khác nhau' : '';
    out.push({
      rule: 'invisible-char',
      severity: keyField ? 'error' : 'warning',
      message: `có ký tự vô hình ${which}, thường lọt vào khi dán từ trang web hoặc Word${why}; hãy chạy "npm run check -- --fix" để xóa tự động, hoặc xóa rồi gõ lại chữ quanh đó`,
    });
  }
  const legacy = detectLegacyEncoding(text);
  if (legacy) {
    out.push({ rule: 'legacy-encoding', severity: 'error', message: `chữ "${legacy.word}" có vẻ được gõ bằng bảng mã cũ ${legacy.encoding} rồi dán vào; hãy chuyển đoạn văn sang Unicode (ví dụ bằng chức năng chuyển mã của Unikey) rồi dán lại` });
  }
  if (text !== text.normalize('NFC')) {
    out.push({ rule: 'not-nfc', severity: 'warning', message: 'chữ có dấu được mã hóa kiểu tổ hợp (NFD); trang vẫn hiển thị đúng, nhưng nên chạy "npm run check -- --fix" để chuẩn hóa' });
  }
  return out;
}

/**
 * Collections whose `title` is the headline. A directive's `title` is its official subject
 * line (trích yếu), quoted verbatim and shown as "Nội dung": it may be long, only not absurdly.
 */
const HEADLINE_TITLES: ReadonlySet<CollectionName> = new Set(['articles', 'conferences']);

/** Too-long titles: a warning past TITLE_WARN_CHARS (headlines only), an error past TITLE_MAX_CHARS. */
function titleProblem(title: unknown, headline: boolean): Found | undefined {
  if (typeof title !== 'string') return undefined;
  const n = titleLength(title);
  if (n > TITLE_MAX_CHARS) {
    return { rule: 'title-length', severity: 'error', message: `tiêu đề dài ${n} ký tự, quá giới hạn ${TITLE_MAX_CHARS} ký tự; hãy viết tiêu đề ngắn gọn (nên dưới ${TITLE_WARN_CHARS} ký tự) và đưa phần còn lại xuống phần tóm tắt hoặc thân bài` };
  }
  if (n > TITLE_WARN_CHARS && headline) {
    return { rule: 'title-length', severity: 'warning', message: `tiêu đề dài ${n} ký tự; tiêu đề trên ${TITLE_WARN_CHARS} ký tự khó đọc trong danh sách bài và bị cắt khi chia sẻ; hãy rút gọn còn dưới ${TITLE_WARN_CHARS} ký tự, đưa ý phụ xuống phần tóm tắt` };
  }
  return undefined;
}

const kB = (bytes: number) => Math.round(bytes / 1024).toLocaleString('vi-VN');

function walk(value: unknown, path: (string | number)[], visit: (s: string, path: (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

/** Problems in the strings of front matter and in the body (at most one of each kind per line). */
export function textProblems(data: Record<string, unknown> | undefined, body: string, collection?: CollectionName): TextProblem[] {
  const out: TextProblem[] = [];
  if (data) {
    walk(data, [], (s, path) => out.push(...checkString(s, isKeyField(path)).map((p) => ({ ...p, path }))));
    const title = titleProblem(data['title'], !collection || HEADLINE_TITLES.has(collection));
    if (title) out.push({ ...title, path: ['title'] });
  }
  body.split('\n').forEach((line, i) => out.push(...checkString(line, false).map((p) => ({ ...p, path: undefined, bodyLine: i + 1 }))));
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > BODY_WARN_BYTES) {
    out.push({
      path: undefined, bodyLine: 1, rule: 'body-size', severity: 'warning',
      message: `nội dung bài nặng ${kB(bytes)} kB, quá mức ${kB(BODY_WARN_BYTES)} kB; trang sẽ tải chậm trên điện thoại; hãy tách thành nhiều kỳ (Bài 1, Bài 2…) hoặc bỏ bớt phần trích dẫn dài`,
    });
  }
  return out;
}

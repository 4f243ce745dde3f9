/** Rules on the text itself: NFC, legacy-encoding mojibake, control characters. */
import { detectLegacyEncoding } from '../../vi/legacy-encoding.ts';

export interface TextProblem {
  /** Front-matter path, or undefined for the body. */
  path: (string | number)[] | undefined;
  /** Line inside the body (1-based, body-relative) when path is undefined. */
  bodyLine?: number;
  rule: 'not-nfc' | 'legacy-encoding' | 'control-char';
  severity: 'error' | 'warning';
  message: string;
}

// Tab, line feed and carriage return are text; every other C0/C1 control and the BOM inside text are not.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u200B]/u;

function checkString(text: string): Omit<TextProblem, 'path' | 'bodyLine'>[] {
  const out: Omit<TextProblem, 'path' | 'bodyLine'>[] = [];
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    out.push({ rule: 'control-char', severity: 'error', message: `có ký tự điều khiển vô hình (U+${code}), thường lọt vào khi dán từ tệp khác; hãy xóa nó hoặc gõ lại đoạn này` });
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

function walk(value: unknown, path: (string | number)[], visit: (s: string, path: (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

/** Problems in the strings of front matter and in the body (at most one of each kind per line). */
export function textProblems(data: Record<string, unknown> | undefined, body: string): TextProblem[] {
  const out: TextProblem[] = [];
  if (data) walk(data, [], (s, path) => out.push(...checkString(s).map((p) => ({ ...p, path }))));
  body.split('\n').forEach((line, i) => out.push(...checkString(line).map((p) => ({ ...p, path: undefined, bodyLine: i + 1 }))));
  return out;
}

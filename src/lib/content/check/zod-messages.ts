/**
 * Turns zod issues into one Vietnamese sentence each: what is wrong and what to
 * write instead. Astro's own messages repeat field names, break the bold markers
 * and say "received object" for a bad date; editors get these instead.
 */
import type { z } from 'astro/zod';
import { closest } from '../../text/closest.ts';
import { URL_PROBLEM_TEXT, imagePathFix, type UrlProblem } from '../body-policy.ts';

/** An example value for each field, shown after "hãy viết". */
export const FIELD_EXAMPLES: Record<string, string> = {
  title: 'Hội nghị giao ban lần thứ X',
  sapo: 'Một hoặc hai câu tóm tắt in đậm dưới tiêu đề',
  summary: 'Một hoặc hai câu tóm tắt',
  byline: 'Bài và ảnh: Minh Anh',
  code: '08-QĐi/TW',
  issuer: 'Ban Chấp hành Trung ương',
  place: 'Hội trường Thành ủy',
  province: 'Hà Nội',
  organiser: 'Đảng ủy Khối các cơ quan thành phố',
  name: 'Bùi Thị Nụ',
  unit: 'Trường THPT Nguyễn Huệ',
  role: 'Phó Hiệu trưởng',
  alt: 'Mô tả điều bức ảnh cho thấy',
  caption: 'Chú thích in dưới ảnh',
  credit: 'Phương Thúy',
  src: './anh/ten-anh.jpg',
  outlet: 'Báo Nghệ An',
  year: '2019',
  by: 'Ban Thường vụ Thành ủy',
};

const DATE_ONLY_FIELDS = new Set(['issuedAt', 'date']);
const dateExample = (field: string) => (DATE_ONLY_FIELDS.has(field) ? '2019-07-20' : '2019-07-20T08:00:00+07:00');

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một nhóm trường con',
  date: 'một ngày',
};

const describe = (v: unknown): string => {
  if (v === null || v === undefined) return 'trống';
  if (Array.isArray(v)) return 'một danh sách';
  if (typeof v === 'object') return 'một nhóm trường con';
  if (typeof v === 'string') return `"${v}"`;
  return String(v);
};

export interface IssueMessage {
  /** Path of the field the message is about (for unknown keys, the key itself). */
  path: (string | number)[];
  message: string;
  rule: string;
}

const lastKey = (path: readonly PropertyKey[]) => String([...path].reverse().find((p) => typeof p === 'string') ?? '');

export function issueMessage(
  issue: z.core.$ZodIssue,
  valueAt: (path: readonly (string | number)[]) => unknown,
  allowedKeys: (path: readonly (string | number)[]) => string[],
): IssueMessage[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const value = valueAt(path);
  const field = lastKey(path);
  const example = FIELD_EXAMPLES[field];
  const hint = example ? `; hãy viết, ví dụ: ${example}` : '';
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as { date?: string; image?: string; problem?: UrlProblem } | undefined;
      if (params?.image === 'path' && params.problem) return [{ path, rule: 'image-outside', message: `đường dẫn ảnh ${describe(value)} ${URL_PROBLEM_TEXT[params.problem]}; ${imagePathFix(params.problem)}` }];
      if (params?.image === 'missing') return [{ path, rule: 'image-missing', message: `không tìm thấy tệp ảnh ${describe(value)}; hãy kiểm tra tên tệp và đặt ảnh cạnh bài, ví dụ: ./anh/ten-anh.jpg` }];
      const problem = params?.date;
      if (problem === 'missing') return [{ path, rule: 'required', message: `thiếu ngày; hãy viết dạng ${dateExample(field)}` }];
      if (problem === 'zone') return [{ path, rule: 'date-zone', message: `ngày giờ ${describe(value)} thiếu múi giờ; hãy viết dạng ${dateExample(field)}` }];
      if (problem) return [{ path, rule: 'date', message: `ngày ${describe(value)} không hợp lệ; hãy viết dạng ${dateExample(field)}` }];
      return [{ path, rule: 'custom', message: issue.message }];
    }
    case 'invalid_type': {
      if (value === undefined) return [{ path, rule: 'required', message: `thiếu trường bắt buộc${hint}` }];
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [{ path, rule: 'type', message: `giá trị ${describe(value)} không đúng kiểu; cần ${expected}${hint}` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => `"${String(v)}"`).join(', ');
      return [{ path, rule: 'enum', message: `giá trị ${describe(value)} không nằm trong danh sách cho phép; hãy chọn một trong: ${allowed}` }];
    }
    case 'unrecognized_keys': {
      const known = allowedKeys(path);
      return issue.keys.map((key) => {
        const near = closest(key, known, 1);
        const suggestion = near.length ? `; có phải ý bạn là "${near[0]}"?` : `; các trường hợp lệ: ${known.join(', ')}`;
        return { path: [...path, key], rule: 'unknown-field', message: `tên trường này không có trong mẫu${suggestion}` };
      });
    }
    case 'too_small': {
      if (issue.origin === 'string') return [{ path, rule: 'empty', message: `không được để trống${hint}` }];
      return [{ path, rule: 'too-small', message: `giá trị ${describe(value)} nhỏ hơn mức tối thiểu ${String(issue.minimum)}` }];
    }
    case 'too_big':
      return [{ path, rule: 'too-big', message: `giá trị ${describe(value)} lớn hơn mức tối đa ${String(issue.maximum)}` }];
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const at = path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
        const kind = valueAt(at);
        if (kind === undefined) return [{ path: at, rule: 'required', message: 'thiếu trường bắt buộc; hãy viết "individual" (cá nhân) hoặc "collective" (tập thể)' }];
        return [{ path: at, rule: 'enum', message: `giá trị ${describe(kind)} không nằm trong danh sách cho phép; hãy chọn "individual" (cá nhân) hoặc "collective" (tập thể)` }];
      }
      return [{ path, rule: 'type', message: `giá trị ${describe(value)} không hợp lệ` }];
    }
    default:
      return [{ path, rule: 'invalid', message: `giá trị ${describe(value)} không hợp lệ` }];
  }
}

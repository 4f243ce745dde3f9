import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, checkSource } from '../../../src/lib/content/check/check.ts';
import { detectTextEncoding } from '../../../src/lib/content/check/encoding.ts';
import { fixSource } from '../../../src/lib/content/check/fix.ts';
import { formatProblem } from '../../../src/lib/content/check/problems.ts';
import type { CollectionName } from '../../../src/lib/content/collections.ts';
import { DirectiveIndex } from '../../../src/lib/vi/directive-code.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const ROOT = join(FIXTURES, 'content');

/** [line, rule, severity, printed line] of each problem in one file. */
function check(collection: CollectionName, file: string, source: string) {
  const { problems } = checkSource(collection, join(ROOT, file), source, { root: ROOT, contentDir: ROOT });
  return problems.map((p) => [p.line, p.rule, p.severity, formatProblem(p)]);
}

/** A valid article, one field a line: line 2 is the title, line 10 the body. */
const ARTICLE = [
  '---',
  'title: Bài mẫu',
  'sapo: Tóm tắt bài mẫu.',
  'genre: Bài',
  'section: Xây dựng Đảng',
  'tags: [nêu gương, Nam Định]',
  'byline: Phóng viên mẫu',
  'publishedAt: 2021-05-10T08:17:00+07:00',
  '---',
  'Nội dung bài.',
  '',
];
/** The article with lines replaced (1-based line → new text; an array inserts several lines). */
const article = (changes: Record<number, string | string[]>) =>
  ARTICLE.flatMap((l, i) => changes[i + 1] ?? l).join('\n');
const checkArticle = (changes: Record<number, string | string[]>) => check('articles', 'bai-viet/bai.md', article(changes));

const F = 'bai-viet/bai.md';

describe('YAML syntax errors: the line that opened the bracket or quote, and what is missing', () => {
  const SEQ = 'lỗi cú pháp YAML: danh sách mở bằng dấu "[" ở dòng này nhưng thiếu dấu "]" đóng; hãy thêm "]" vào cuối danh sách, trên cùng dòng, ví dụ: tags: [nêu gương, Nghệ An]';
  const MAP = 'lỗi cú pháp YAML: giá trị mở bằng dấu "{" ở dòng này nhưng thiếu dấu "}" đóng; hãy thêm "}" vào cuối, trên cùng dòng, hoặc bỏ cặp ngoặc và viết mỗi trường con trên một dòng riêng, lùi vào hai dấu cách';
  const DQ = 'lỗi cú pháp YAML: giá trị mở bằng dấu ngoặc kép " ở dòng này nhưng thiếu dấu " đóng; hãy thêm dấu " vào cuối giá trị, trên cùng dòng (dấu " nằm bên trong giá trị thì viết là \\")';
  const SQ = "lỗi cú pháp YAML: giá trị mở bằng dấu nháy đơn ' ở dòng này nhưng thiếu dấu ' đóng; hãy thêm dấu ' vào cuối giá trị, trên cùng dòng (dấu ' nằm bên trong giá trị thì viết hai lần: ''), hoặc dùng ngoặc kép \" thay cho nháy đơn";
  const HIDDEN = 'lỗi cú pháp YAML: ngay sau dấu đóng giá trị (ngoặc kép, nháy đơn hoặc ngoặc vuông) ở dòng này có một ký tự điều khiển vô hình, thường lọt vào khi dán từ tệp khác; hãy xóa nó: đặt con trỏ ngay sau dấu đóng rồi xóa hết tới cuối dòng';

  it('an unclosed [ followed by more fields: its own line, not "uneven indentation" on the next', () => {
    expect(checkArticle({ 6: 'tags: [nêu gương, Nam Định' })).toEqual([[6, 'yaml', 'error', `${F}:6 — ${SEQ}`]]);
  });
  it('an unclosed [ on the last field', () => {
    expect(checkArticle({ 6: [], 8: ['publishedAt: 2021-05-10T08:17:00+07:00', 'tags: [nêu gương'] })).toEqual([[8, 'yaml', 'error', `${F}:8 — ${SEQ}`]]);
  });
  it('an unclosed { says } is missing', () => {
    expect(checkArticle({ 7: ['byline: Phóng viên mẫu', 'source: {outlet: Báo Nam Định'] })).toEqual([[8, 'yaml', 'error', `${F}:8 — ${MAP}`]]);
  });
  it('a { closed by ] says } is missing (the innermost bracket left open)', () => {
    expect(checkArticle({ 7: ['byline: Phóng viên mẫu', 'source: [a, {outlet: b]'] })).toEqual([[8, 'yaml', 'error', `${F}:8 — ${MAP}`]]);
  });
  it('an unclosed " at its own line, even after a line with a lone " inside single quotes', () => {
    expect(checkArticle({ 2: 'title: \'Phong trào "Dân vận khéo\'', 3: 'sapo: "Tóm tắt bài mẫu.' })).toEqual([[3, 'yaml', 'error', `${F}:3 — ${DQ}`]]);
  });
  it("an unclosed ' at its own line, not at the end of the block", () => {
    expect(checkArticle({ 3: "sapo: 'Tóm tắt bài mẫu." })).toEqual([[3, 'yaml', 'error', `${F}:3 — ${SQ}`]]);
  });
  it("'' inside single quotes and apostrophes in plain values are not closing quotes", () => {
    expect(checkArticle({ 2: "title: Bác's words", 3: "sapo: 'Bác''s words'", 7: "byline: 'Phóng viên''s" })).toEqual([[7, 'yaml', 'error', `${F}:7 — ${SQ}`]]);
  });
  it('a quoted value split over two lines is fine', () => {
    expect(checkArticle({ 3: ['sapo: "Tóm tắt', '  bài mẫu."'] })).toEqual([]);
  });
  it('a control character right after a closing quote names the cause, not "a character out of place"', () => {
    expect(checkArticle({ 2: 'title: "Bài mẫu"\u0007' })).toEqual([[2, 'yaml', 'error', `${F}:2 — ${HIDDEN}`]]);
    expect(checkArticle({ 2: "title: 'Bài mẫu' \u0007 # ghi chú" })).toEqual([[2, 'yaml', 'error', `${F}:2 — ${HIDDEN}`]]);
    expect(checkArticle({ 6: 'tags: [nêu gương]\u200B' })).toEqual([[6, 'yaml', 'error', `${F}:6 — ${HIDDEN}`]]);
  });
  it('keeps other errors before the unclosed bracket, and the hidden-character error on its own line', () => {
    expect(checkArticle({ 2: 'title: "Bài mẫu"\u0007', 6: 'tags: [nêu gương' }).map((p) => p.slice(0, 2))).toEqual([[2, 'yaml'], [6, 'yaml']]);
  });
});

describe('invisible characters', () => {
  const msg = (what: string, key: boolean) =>
    `có ký tự vô hình ${what}, thường lọt vào khi dán từ trang web hoặc Word${key ? '; ở trường này nó làm tìm kiếm và sắp xếp sai, và hai chữ trông giống nhau bị coi là khác nhau' : ''}; hãy chạy "npm run check -- --fix" để xóa tự động, hoặc xóa rồi gõ lại chữ quanh đó`;

  it('an error in the title, naming the character', () => {
    expect(checkArticle({ 2: 'title: Bài\u200B mẫu' })).toEqual([[2, 'invisible-char', 'error', `${F}:2 — trường title: ${msg('U+200B (zero-width space)', true)}`]]);
  });
  it('an error in a tag, naming every distinct character once', () => {
    expect(checkArticle({ 6: 'tags: [nêu gương, "\u200ENam\u200E Định\u2066"]' })).toEqual([
      [6, 'invisible-char', 'error', `${F}:6 — trường tags (mục 2): ${msg('U+200E (left-to-right mark), U+2066 (left-to-right isolate)', true)}`],
    ]);
  });
  it('an error in people\'s names: a speaker, an honouree, a byline', () => {
    const conference = readFileSync(join(ROOT, 'hoi-nghi/hoi-nghi-mau.md'), 'utf8').replace('  - name: Nguyễn Văn Mẫu', '  - name: Nguyễn\u2060 Văn Mẫu');
    expect(check('conferences', 'hoi-nghi/hoi-nghi-mau.md', conference)).toEqual([
      [12, 'invisible-char', 'error', `hoi-nghi/hoi-nghi-mau.md:12 — trường speakers (mục 1).name: ${msg('U+2060 (word joiner)', true)}`],
    ]);
    const honouree = readFileSync(join(ROOT, 'guong-sang/ca-nhan/nguyen-van-mau.md'), 'utf8').replace('name: Nguyễn Văn Mẫu', 'name: Nguyễn Văn Mẫu\uFEFF');
    expect(check('honourees', 'guong-sang/ca-nhan/nguyen-van-mau.md', honouree)).toEqual([
      [3, 'invisible-char', 'error', `guong-sang/ca-nhan/nguyen-van-mau.md:3 — trường name: ${msg('U+FEFF (zero-width no-break space / BOM)', true)}`],
    ]);
    expect(checkArticle({ 7: 'byline: Phóng viên\u200C mẫu' }).map((p) => p.slice(0, 3))).toEqual([[7, 'invisible-char', 'error']]);
  });
  it('a warning in other fields and in the body', () => {
    expect(checkArticle({ 3: 'sapo: Tóm tắt \u202Ebài mẫu.\u202C', 10: 'Nội dung\u200B bài.' })).toEqual([
      [3, 'invisible-char', 'warning', `${F}:3 — cảnh báo: trường sapo: ${msg('U+202E (right-to-left override), U+202C (pop directional formatting)', false)}`],
      [10, 'invisible-char', 'warning', `${F}:10 — cảnh báo: ${msg('U+200B (zero-width space)', false)}`],
    ]);
  });
  it('leaves alone a BOM opening the file, the soft hyphen, and the joiner inside an emoji', () => {
    expect(check('articles', F, `\uFEFF${article({ 3: 'sapo: Tóm\u00ADtắt bài mẫu.', 10: 'Gia đình 👨\u200D👩\u200D👧 và 👍🏽\u200D🔥.' })}`)).toEqual([]);
    expect(checkArticle({ 10: 'Chữ\u200D thường.' }).map((p) => p.slice(0, 3))).toEqual([[10, 'invisible-char', 'warning']]);
  });
  it('`npm run check -- --fix` removes them, says where, and keeps emoji whole', () => {
    const index = new DirectiveIndex([]);
    const src = article({ 2: 'title: Bài\u200B mẫu', 10: ['Nội\u200B dung\u200B bài.', '👨\u200D👩 \u202Ecuối\u202C'] });
    const { text, changes } = fixSource(src, index, new Set());
    expect(text).toBe(article({ 10: ['Nội dung bài.', '👨\u200D👩 cuối'] }));
    expect(changes).toEqual(['xóa 5 ký tự vô hình U+200B (zero-width space), U+202E (right-to-left override), U+202C (pop directional formatting) ở dòng 2, 10, 11']);
    expect(check('articles', F, text)).toEqual([]);
  });
});

describe('lengths', () => {
  const title = (n: number) => 'Hội nghị '.repeat(40).slice(0, n - 1) + 'X';
  const WARN = (n: number) => `${F}:2 — cảnh báo: trường title: tiêu đề dài ${n} ký tự; tiêu đề trên 150 ký tự khó đọc trong danh sách bài và bị cắt khi chia sẻ; hãy rút gọn còn dưới 150 ký tự, đưa ý phụ xuống phần tóm tắt`;
  const ERROR = (n: number) => `${F}:2 — trường title: tiêu đề dài ${n} ký tự, quá giới hạn 300 ký tự; hãy viết tiêu đề ngắn gọn (nên dưới 150 ký tự) và đưa phần còn lại xuống phần tóm tắt hoặc thân bài`;

  it('a title of 150 characters is fine, counted as an editor counts (NFC, not NFD)', () => {
    expect(title(150)).toHaveLength(150);
    expect(checkArticle({ 2: `title: ${title(150)}` })).toEqual([]);
    expect(checkArticle({ 2: `title: ${title(150).normalize('NFD')}` }).map((p) => p[1])).toEqual(['not-nfc']);
  });
  it('over 150: a warning; over 300: an error', () => {
    expect(checkArticle({ 2: `title: ${title(151)}` })).toEqual([[2, 'title-length', 'warning', WARN(151)]]);
    expect(checkArticle({ 2: `title: ${title(300)}` })).toEqual([[2, 'title-length', 'warning', WARN(300)]]);
    expect(checkArticle({ 2: `title: ${title(301)}` })).toEqual([[2, 'title-length', 'error', ERROR(301)]]);
  });
  it("a directive's title is its official subject line: long is fine, absurd is not", () => {
    const directive = readFileSync(join(ROOT, 'van-ban/chi-thi-05-ct-tw.md'), 'utf8');
    const line = directive.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    const withTitle = (t: string) => directive.replace(/^title:.*$/m, `title: ${t}`);
    expect(check('directives', 'van-ban/chi-thi-05-ct-tw.md', withTitle(title(250)))).toEqual([]);
    expect(check('directives', 'van-ban/chi-thi-05-ct-tw.md', withTitle(title(301))).map((p) => p.slice(0, 3))).toEqual([[line, 'title-length', 'error']]);
  });
  it('a body over 300 kB: a warning at its first line', () => {
    const para = 'Nội dung bài rất dài. '.repeat(20);
    const lines = (bytes: number) => Array.from({ length: Math.ceil(bytes / Buffer.byteLength(`${para}\n`)) }, () => para);
    expect(checkArticle({ 10: lines(290 * 1024) })).toEqual([]);
    expect(checkArticle({ 10: lines(301 * 1024) })).toEqual([
      [10, 'body-size', 'warning', `${F}:10 — cảnh báo: nội dung bài nặng 301 kB, quá mức 300 kB; trang sẽ tải chậm trên điện thoại; hãy tách thành nhiều kỳ (Bài 1, Bài 2…) hoặc bỏ bớt phần trích dẫn dài`],
    ]);
  });
});

describe('files saved as UTF-16 or UTF-32', () => {
  const text = article({}) + 'Đây là đoạn văn có dấu: Nguyễn Văn Mẫu, Nghệ An, Hà Tĩnh.\n';
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  const utf32 = (s: string, le: boolean) => {
    const cps = [...s].map((c) => c.codePointAt(0)!);
    const b = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => (le ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
    return b;
  };

  it('are recognised by their BOM, or by where the NUL bytes of ASCII fall', () => {
    expect(detectTextEncoding(Buffer.from(text))).toBe('utf-8');
    expect(detectTextEncoding(Buffer.from(`\uFEFF${text}`))).toBe('utf-8');
    expect(detectTextEncoding(Buffer.from(`${text}\u0000 một NUL lạc\u0000`))).toBe('utf-8');
    expect(detectTextEncoding(Buffer.alloc(0))).toBe('utf-8');
    expect(detectTextEncoding(Buffer.from(`\uFEFF${text}`, 'utf16le'))).toBe('utf-16le');
    expect(detectTextEncoding(Buffer.from(text, 'utf16le'))).toBe('utf-16le');
    expect(detectTextEncoding(Buffer.from('Người tốt việc tốt ở Nghệ An, Hà Tĩnh, Đắk Lắk', 'utf16le'))).toBe('utf-16le');
    expect(detectTextEncoding(utf16be(`\uFEFF${text}`))).toBe('utf-16be');
    expect(detectTextEncoding(utf16be(text))).toBe('utf-16be');
    expect(detectTextEncoding(utf32(`\uFEFF${text}`, true))).toBe('utf-32le');
    expect(detectTextEncoding(utf32(text, true))).toBe('utf-32le');
    expect(detectTextEncoding(utf32(`\uFEFF${text}`, false))).toBe('utf-32be');
    expect(detectTextEncoding(utf32(text, false))).toBe('utf-32be');
  });

  it('draw one error at line 1 naming the encoding, not one per NUL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-encoding-'));
    cpSync(ROOT, dir, { recursive: true });
    writeFileSync(join(dir, 'bai-viet/utf16.md'), Buffer.from(`\uFEFF${text}`, 'utf16le'));
    writeFileSync(join(dir, 'bai-viet/utf16-khong-bom.md'), Buffer.from(text, 'utf16le'));
    writeFileSync(join(dir, 'bai-viet/utf32.md'), utf32(text, false));
    const { problems } = await checkContent({ root: dir, contentDir: dir });
    const howTo = 'hãy lưu lại bằng UTF-8 (Notepad: File → Save As…, ô Encoding chọn UTF-8; VS Code: bấm tên bảng mã ở góc dưới bên phải → Save with Encoding → UTF-8) rồi chạy lại kiểm tra';
    expect(problems.filter((p) => p.file.includes('/utf')).map((p) => [p.rule, formatProblem(p)])).toEqual([
      ['encoding', `bai-viet/utf16-khong-bom.md:1 — tệp được lưu bằng bảng mã UTF-16, nên không đọc được; ${howTo}`],
      ['encoding', `bai-viet/utf16.md:1 — tệp được lưu bằng bảng mã UTF-16, nên không đọc được; ${howTo}`],
      ['encoding', `bai-viet/utf32.md:1 — tệp được lưu bằng bảng mã UTF-32 (big-endian), nên không đọc được; ${howTo}`],
    ]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.file).sort()).toEqual(['bai-viet/utf16-khong-bom.md', 'bai-viet/utf16.md', 'bai-viet/utf32.md']);
  });
});

describe('Latin-1 symbols in a story are text, not legacy-encoding mojibake', () => {
  it('an article with m², °C, «…», ®, ±, ×, ½, ©, µ, §, ¼ in its title and body has no problem', () => {
    expect(checkArticle({
      2: 'title: Nhà văn hóa 120 m² giữa trời 39°C',
      10: 'Phong trào «Dân vận khéo», nhãn hiệu Sen Làng Sen®, sai số ±5%, khổ 2×3 m, gần ½ số hộ, ¼ dân số, ©2024, bụi mịn 2,5 µm, theo §3 Điều lệ.',
    })).toEqual([]);
  });
  it('TCVN3 next to those symbols is still an error on its line', () => {
    expect(checkArticle({ 10: 'DiÖn tÝch 120 m², nhiÖt ®é 39°C.' }).map((p) => [p[0], p[1], p[2]])).toEqual([[10, 'legacy-encoding', 'error']]);
  });
});

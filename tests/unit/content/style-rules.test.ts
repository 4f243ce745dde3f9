import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { proseOfLine, styleProblems } from '../../../src/lib/content/check/style-rules.ts';
import { checkSource } from '../../../src/lib/content/check/check.ts';
import { formatProblem } from '../../../src/lib/content/check/problems.ts';

const HOUSE = 'quy ước viết của tòa soạn';
/** [rule, message] of the warnings of one body. */
const inBody = (body: string) => styleProblems(undefined, body, 'articles').map((p) => [p.bodyLine, p.rule, p.message]);
const rules = (body: string) => styleProblems(undefined, body, 'articles').map((p) => p.rule);
const inTitle = (title: string, collection: 'articles' | 'directives' = 'articles') =>
  styleProblems({ title }, '', collection).map((p) => [p.rule, p.message]);

describe('house style beyond headline, lead and body', () => {
  it('reads a picture’s caption and description and the tags too, each at its own field', () => {
    const found = styleProblems(
      { cover: { src: './anh/a.jpg', alt: 'Đại biểu Cụm đồng bằng Nam bộ', caption: 'Hội nghị Cụm Đồng bằng Bắc bộ, "sáng" 20/7' }, tags: ['nêu gương', 'Cụm Đồng bằng Bắc bộ'] },
      '',
      'conferences',
    ).map((p) => [p.path?.join('.'), p.rule]);
    expect(found).toEqual([
      ['cover.caption', 'style-region'],
      ['cover.caption', 'style-quotes'],
      ['cover.alt', 'style-region'],
      ['tags.1', 'style-region'],
    ]);
  });
});

describe('house style: a directory headline', () => {
  it('takes no form of address as a rank: "Đồng chí Trần Thị Tuyến" is not a headline, "Đại úy Phạm Văn Sơn" is', () => {
    const rankOf = (rank: string) => styleProblems({ kind: 'individual', name: 'Trần Thị Tuyến', rank }, '', 'honourees').map((p) => [p.path?.join('.'), p.rule]);
    for (const r of ['Đồng chí', 'đồng chí', 'Ông', 'Chị']) expect(rankOf(r), r).toEqual([['rank', 'style-headline-honorific']]);
    for (const r of ['Đại úy', 'Thượng tá', 'Tiến sĩ', 'Cô giáo']) expect(rankOf(r), r).toEqual([]);
  });
});

describe('house style: regions', () => {
  it('Bắc bộ, Nam bộ, Trung bộ → Bắc Bộ, Nam Bộ, Trung Bộ, with the line', () => {
    expect(inBody('Mở đầu.\nCụm đồng bằng Bắc bộ họp giao ban.')).toEqual([
      [2, 'style-region', `${HOUSE} (tên vùng viết hoa cả hai chữ): hãy viết "Bắc Bộ" thay cho "Bắc bộ"; Bắc Bộ, Trung Bộ, Nam Bộ là tên riêng, như trong "đồng bằng Bắc Bộ"`],
    ]);
    expect(inBody('các tỉnh Nam bộ').map((p) => p[2])).toEqual([expect.stringContaining('hãy viết "Nam Bộ" thay cho "Nam bộ"')]);
    expect(inBody('miền Trung bộ').map((p) => p[2])).toEqual([expect.stringContaining('hãy viết "Trung Bộ" thay cho "Trung bộ"')]);
    expect(inBody('vùng Bắc Trung bộ và Tây Nam bộ').map((p) => p[2])).toEqual([
      expect.stringContaining('hãy viết "Bắc Trung Bộ" thay cho "Bắc Trung bộ"'),
      expect.stringContaining('hãy viết "Tây Nam Bộ" thay cho "Tây Nam bộ"'),
    ]);
  });
  it('lets the right spelling and other words be', () => {
    expect(rules('đồng bằng Bắc Bộ, Nam Bộ, Trung Bộ; anh Nam bộ đội biên phòng; Bắc bộ phận')).toEqual([]);
  });
});

describe('house style: Chủ nhật', () => {
  it('flags "Chủ Nhật" mid-sentence and as a weekday with a date', () => {
    expect(inBody('Sáng Chủ Nhật, đoàn viên ra quân.')).toEqual([
      [1, 'style-weekday', `${HOUSE} (tên ngày trong tuần): hãy viết "Chủ nhật" thay cho "Chủ Nhật"; chỉ viết hoa chữ đầu, như "thứ Hai", "Chủ nhật"`],
    ]);
    expect(rules('Chủ Nhật, 12/5, đoàn viên ra quân.')).toEqual(['style-weekday']);
    expect(rules('Chủ Nhật (12/5) đoàn viên ra quân.')).toEqual(['style-weekday']);
  });
  it('lets it be at the start of a sentence, before a name ("Chủ Nhật Đỏ"), and when written right', () => {
    expect(rules('Chủ Nhật là ngày ra quân. Chủ Nhật cũng vậy.')).toEqual([]);
    expect(rules('Chương trình Chủ Nhật Đỏ hiến máu; sáng Chủ nhật, 12/5.')).toEqual([]);
  });
});

describe('house style: Đảng ủy Khối các cơ quan', () => {
  it('capital K, the rest lower case, whichever way it was written', () => {
    expect(inBody('Đảng ủy Khối các Cơ quan tỉnh')).toEqual([
      [1, 'style-khoi', `${HOUSE} (tên Đảng ủy Khối): hãy viết "Đảng ủy Khối các cơ quan" thay cho "Đảng ủy Khối các Cơ quan"; viết hoa chữ "Khối", các chữ sau viết thường`],
    ]);
    expect(inBody('Đảng ủy khối các cơ quan tỉnh').map((p) => p[2])).toEqual([expect.stringContaining('hãy viết "Đảng ủy Khối các cơ quan" thay cho "Đảng ủy khối các cơ quan"')]);
    expect(inBody('Đảng bộ Khối Các Cơ Quan tỉnh').map((p) => p[2])).toEqual([expect.stringContaining('hãy viết "Đảng bộ Khối các cơ quan" thay cho "Đảng bộ Khối Các Cơ Quan"')]);
  });
  it('lets the right spelling and headlines in capitals be', () => {
    expect(rules('Đảng ủy Khối các cơ quan tỉnh; ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH; khối các cơ quan tỉnh')).toEqual([]);
  });
});

describe('house style: curly quotes', () => {
  it('straight quotes in body prose → “…”, each pair, with the line', () => {
    expect(inBody('Một.\nPhương châm "xây" và "chống".')).toEqual([
      [2, 'style-quotes', `${HOUSE} (ngoặc kép cong): hãy viết “xây” thay cho "xây"; dùng dấu ngoặc kép cong “…”, không dùng dấu " thẳng`],
      [2, 'style-quotes', `${HOUSE} (ngoặc kép cong): hãy viết “chống” thay cho "chống"; dùng dấu ngoặc kép cong “…”, không dùng dấu " thẳng`],
    ]);
    expect(inBody('Anh nói "làm theo Bác').map((p) => p[2])).toEqual([`${HOUSE} (ngoặc kép cong): có dấu " thẳng không thành cặp; hãy dùng “ để mở và ” để đóng trích dẫn`]);
  });
  it('skips code, addresses, HTML and JSX attributes, link titles and code blocks', () => {
    const body = [
      'Lệnh `npm run check -- "x"` và https://example.vn/?q="a"',
      '<Video youtube="abc" title="Phóng sự" /> <img alt="Ảnh" src="a.jpg">',
      '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
      '<Video',
      '  facebook="https://facebook.com/x"',
      '  title="Phóng sự" />',
      '[bài](https://x.vn "tiêu đề") và {"chữ"}',
      '```',
      'const a = "b";',
      '```',
      'Phong trào “Dân vận khéo”.',
    ].join('\n');
    expect(inBody(body)).toEqual([]);
    expect(proseOfLine('<Video title="Phóng sự" /> "x"').trim()).toBe('"x"');
  });
  it('checks the string values of front matter, not its YAML quotes', () => {
    const p = styleProblems({ title: 'Bài "mẫu"', sapo: 'Sapo "mẫu"', summary: 'Tóm tắt', byline: 'Tác giả "A"' }, '', 'articles');
    expect(p.map((x) => [x.path, x.rule])).toEqual([[['title'], 'style-quotes'], [['sapo'], 'style-quotes']]);
    expect(styleProblems({ title: 'Bài mẫu', sapo: 'Sapo' }, '', 'articles')).toEqual([]);
  });
});

describe('house style: headlines', () => {
  it('a lower-case letter after a colon → capital', () => {
    expect(inTitle('Nghệ An: sau hai năm làm theo Bác')).toEqual([
      ['style-headline-colon', `${HOUSE} (chữ sau dấu hai chấm trong tiêu đề viết hoa): hãy viết "Nghệ An: Sau" thay cho "Nghệ An: sau"`],
    ]);
    expect(inTitle('Nghệ An: Sau hai năm, lúc 8:30')).toEqual([]);
  });
  it('an honorific before the name → the name alone', () => {
    expect(inTitle('Ông Nguyễn Văn A: Người giữ rừng')).toEqual([
      ['style-headline-honorific', `${HOUSE} (tiêu đề không mở đầu bằng danh xưng): hãy viết "Nguyễn Văn A: Người giữ rừng" thay cho "Ông Nguyễn Văn A: Người giữ rừng"; bỏ danh xưng "Ông", tiêu đề ghi thẳng tên người`],
    ]);
    for (const t of ['Đồng chí Lê Văn B về thăm', 'Bà Bùi Thị Nụ và lớp học', 'Anh Trần C', 'Chị Hoàng D']) expect(inTitle(t).map((p) => p[0]), t).toEqual(['style-headline-honorific']);
    for (const t of ['Bà mẹ Việt Nam anh hùng', 'Anh hùng Lao động Trần E', 'Chị em phụ nữ làm theo Bác', 'Ông bà ta', 'Bà Rịa - Vũng Tàu: Nêu gương', 'Bà Triệu và phụ nữ hôm nay']) expect(inTitle(t), t).toEqual([]);
  });
  it('a directive’s title is its trích yếu, quoted verbatim: only the quotes rule applies', () => {
    expect(inTitle('Ông Nguyễn: Về đồng bằng Bắc bộ "x"', 'directives').map((p) => p[0])).toEqual(['style-quotes']);
  });
});

describe('house style in the checker', () => {
  const ROOT = resolve(import.meta.dirname, '../../fixtures/content');
  it('warns with the file line, and never makes an error', () => {
    const source = [
      '---',
      'title: "Nghệ An: sau hai năm"',
      'sapo: Đảng ủy Khối Các cơ quan tỉnh.',
      'genre: Bài',
      'section: Xây dựng Đảng',
      'byline: Phóng viên mẫu',
      'publishedAt: 2021-05-10T08:17:00+07:00',
      '---',
      'Cụm đồng bằng Bắc bộ, sáng Chủ Nhật.',
      '',
    ].join('\n');
    const { problems } = checkSource('articles', join(ROOT, 'bai-viet/bai.md'), source, { root: ROOT, contentDir: ROOT });
    expect(problems.map((p) => [p.severity, p.rule, formatProblem(p).split(` — `)[0]])).toEqual([
      ['warning', 'style-headline-colon', 'bai-viet/bai.md:2'],
      ['warning', 'style-khoi', 'bai-viet/bai.md:3'],
      ['warning', 'style-region', 'bai-viet/bai.md:9'],
      ['warning', 'style-weekday', 'bai-viet/bai.md:9'],
    ]);
    expect(formatProblem(problems[0]!)).toMatch(/^bai-viet\/bai\.md:2 — cảnh báo: trường title: quy ước viết của tòa soạn/);
  });
});

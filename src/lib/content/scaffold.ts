/**
 * Templates for `npm run new`: a new entry with every required field present.
 * Fields only a person can fill hold a "CẦN ĐIỀN" placeholder, which the check
 * rejects until it is replaced.
 */
import { ARTICLE_GENRES, CONFERENCE_KINDS, DIRECTIVE_KINDS, SECTIONS } from './vocab.ts';
import { slugify } from '../vi/slug.ts';
import { isoVn } from '../vi/dateline.ts';

export const PLACEHOLDER = 'CẦN ĐIỀN';

export const SCAFFOLD_TYPES = ['hoi-nghi', 'van-ban', 'ca-nhan', 'tap-the', 'bai-viet'] as const;
export type ScaffoldType = (typeof SCAFFOLD_TYPES)[number];

const FOLDERS: Record<ScaffoldType, string> = {
  'hoi-nghi': 'hoi-nghi',
  'van-ban': 'van-ban',
  'ca-nhan': 'guong-sang/ca-nhan',
  'tap-the': 'guong-sang/tap-the',
  'bai-viet': 'bai-viet',
};

const fill = (what: string) => JSON.stringify(`${PLACEHOLDER}: ${what}`);
const choose = (values: readonly string[]) => fill(`chọn một trong ${values.join(' | ')}`);
/** YAML double-quoted string. */
const q = (s: string) => JSON.stringify(s);

function frontMatter(type: ScaffoldType, title: string, now: string): string[] {
  switch (type) {
    case 'hoi-nghi':
      return [
        `title: ${q(title)}`,
        `sapo: ${fill('một hoặc hai câu tóm tắt, in đậm dưới tiêu đề')}`,
        `kind: ${choose(CONFERENCE_KINDS)}`,
        `startsAt: ${now} # giờ bắt đầu hội nghị, giờ Việt Nam`,
        `place: ${fill('địa điểm')}`,
        `province: ${fill('tỉnh, thành phố')}`,
        `organiser: ${fill('đơn vị tổ chức')}`,
        'directives: [] # mã tệp văn bản, ví dụ: [quy-dinh-08-qdi-tw]',
        'honourees: [] # mã tệp gương sáng, ví dụ: [bui-thi-nu]',
        'speakers: [] # ví dụ:\n#  - name: Nguyễn Văn A\n#    role: Phó Bí thư Tỉnh ủy',
        `section: ${choose(SECTIONS)}`,
        'tags: [] # ví dụ: [nêu gương, Nghệ An]',
        `byline: ${fill('tên tác giả, ví dụ Bài và ảnh: Minh Anh')}`,
        `publishedAt: ${now}`,
        'draft: true # đổi thành false (hoặc xóa dòng này) khi bài sẵn sàng đăng',
      ];
    case 'bai-viet':
      return [
        `title: ${q(title)}`,
        `sapo: ${fill('một hoặc hai câu tóm tắt, in đậm dưới tiêu đề')}`,
        `genre: ${choose(ARTICLE_GENRES)}`,
        `section: ${choose(SECTIONS)}`,
        'tags: [] # ví dụ: [nêu gương, Nam Định]',
        'directives: [] # mã tệp văn bản, ví dụ: [quy-dinh-101-qd-tw]',
        'honourees: [] # mã tệp gương sáng',
        `byline: ${fill('tên tác giả')}`,
        `publishedAt: ${now}`,
        'draft: true # đổi thành false (hoặc xóa dòng này) khi bài sẵn sàng đăng',
      ];
    case 'van-ban':
      return [
        `code: ${fill('số hiệu, ví dụ 08-QĐi/TW')}`,
        'aliases: [] # cách viết khác trên báo chí, ví dụ: [08-QĐ/TW]',
        `kind: ${choose(DIRECTIVE_KINDS)}`,
        `issuer: ${fill('cơ quan ban hành, ví dụ Ban Chấp hành Trung ương')}`,
        `issuedAt: ${now.slice(0, 10)} # ngày ban hành`,
        `title: ${q(title)}`,
        `summary: ${fill('một hoặc hai câu tóm tắt')}`,
        'tags: []',
        `publishedAt: ${now}`,
        'draft: true # đổi thành false (hoặc xóa dòng này) khi bài sẵn sàng đăng',
      ];
    case 'ca-nhan':
    case 'tap-the':
      return [
        `kind: ${type === 'ca-nhan' ? 'individual' : 'collective'}`,
        `name: ${q(title)}`,
        ...(type === 'ca-nhan' ? [`role: ${fill('chức vụ, công việc')}`, '# rank: Đại úy # cấp bậc hoặc danh xưng in trước tên (không bắt buộc)'] : []),
        `unit: ${fill('đơn vị')}`,
        `province: ${fill('tỉnh, thành phố')}`,
        'honours: [] # ví dụ:\n#  - title: Bằng khen\n#    year: 2020\n#    by: UBND tỉnh',
        'directives: []',
        `summary: ${fill('một hoặc hai câu tóm tắt')}`,
        'tags: []',
        `publishedAt: ${now}`,
        'draft: true # đổi thành false (hoặc xóa dòng này) khi bài sẵn sàng đăng',
      ];
  }
}

const BODY = `{/*
  Viết nội dung bài ở đây, bằng Markdown. Ví dụ:

  ## Tiêu đề nhỏ

  Một đoạn văn. Mã văn bản như 08-QĐi/TW tự có liên kết.

  <Figure caption="Chú thích dưới ảnh" credit="Tên người chụp">
  ![Mô tả điều ảnh cho thấy](./anh/ten-anh.jpg)
  </Figure>

  <Quote speaker="Nguyễn Văn A" role="Bí thư Tỉnh ủy">Lời phát biểu.</Quote>

  Xóa khối chú thích này khi viết xong.
*/}

${PLACEHOLDER}: nội dung bài.
`;

export interface Scaffold {
  /** Path relative to the content folder. */
  path: string;
  text: string;
}

/** A new entry of `type` titled `title`, dated `now` (Vietnam time). */
export function scaffold(type: ScaffoldType, title: string, now: Date): Scaffold {
  const clean = title.normalize('NFC').trim();
  const slug = slugify(clean);
  if (!slug) throw new Error('empty-title');
  const lines = frontMatter(type, clean, isoVn(now));
  return { path: `${FOLDERS[type]}/${slug}.mdx`, text: `---\n${lines.join('\n')}\n---\n${BODY}` };
}

/**
 * Templates for `npm run new`: a new entry with every required field present.
 * Fields only a person can fill hold a "CẦN ĐIỀN" placeholder, which the check
 * rejects until it is replaced.
 */
import { ARTICLE_GENRES, CONFERENCE_KINDS, DIRECTIVE_KINDS, SECTIONS } from './vocab.ts';
import { COLLECTIONS, HONOUREE_FOLDERS } from './collections.ts';
import { slugFromPath, slugify } from '../vi/slug.ts';
import { isoVn } from '../vi/dateline.ts';
import { removeInvisible, TITLE_MAX_CHARS, TITLE_WARN_CHARS, titleLength } from './check/text-rules.ts';

export const PLACEHOLDER = 'CẦN ĐIỀN';

const { conferences, directives, honourees, articles } = COLLECTIONS;
/** What `npm run new` makes, named as the folders are: a collection, or an honouree kind. */
export const SCAFFOLD_TYPES = [conferences.folder, directives.folder, honourees.kinds.individual.folder, honourees.kinds.collective.folder, articles.folder] as const;
export type ScaffoldType = (typeof SCAFFOLD_TYPES)[number];

const FOLDERS: Record<ScaffoldType, string> = {
  [conferences.folder]: conferences.folder,
  [directives.folder]: directives.folder,
  [honourees.kinds.individual.folder]: HONOUREE_FOLDERS.individual,
  [honourees.kinds.collective.folder]: HONOUREE_FOLDERS.collective,
  [articles.folder]: articles.folder,
};

const fill = (what: string) => JSON.stringify(`${PLACEHOLDER}: ${what}`);
const choose = (values: readonly string[]) => fill(`chọn một trong ${values.join(' | ')}`);
/** YAML double-quoted string. */
const q = (s: string) => JSON.stringify(s);

// A template, one line per field and type: long, not complex.
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
        `title: ${q(title)} # trích yếu, đúng từng chữ như văn bản ban hành; chưa có nguồn tin cậy thì xóa dòng này`,
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

/** Longest file name (without extension) `npm run new` makes from a title. */
export const SLUG_MAX_CHARS = 80;

/** A title `npm run new` cannot use; the message is Vietnamese, for the editor. */
export class ScaffoldError extends Error {
  readonly code: 'empty-title' | 'title-too-long';
  constructor(code: 'empty-title' | 'title-too-long', message: string) {
    super(message);
    this.code = code;
  }
}

export interface Scaffold {
  /** Path relative to the content folder. */
  path: string;
  /** The entry's id: its file name without extension. */
  slug: string;
  text: string;
  /** Vietnamese remarks for the editor: a long title, a shortened file name. */
  notes: string[];
}

/**
 * A slug cut to at most `max` characters at a word boundary (never mid-word, no trailing
 * hyphen). Only a single word longer than `max` is cut inside, as nothing else fits.
 */
export function shortenSlug(slug: string, max = SLUG_MAX_CHARS): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}

/** A new entry of `type` titled `title`, dated `now` (Vietnam time). Throws ScaffoldError for an unusable title. */
export function scaffold(type: ScaffoldType, title: string, now: Date): Scaffold {
  // Zero-width and bidi characters pasted with the title would only draw an error from the check.
  const clean = removeInvisible(title.normalize('NFC')).trim();
  const length = titleLength(clean);
  if (length > TITLE_MAX_CHARS) {
    throw new ScaffoldError('title-too-long', `Tiêu đề dài ${length} ký tự, quá giới hạn ${TITLE_MAX_CHARS} ký tự. Hãy viết tiêu đề ngắn gọn (nên dưới ${TITLE_WARN_CHARS} ký tự); phần còn lại đưa vào phần tóm tắt sau khi tạo bài.`);
  }
  const full = slugify(clean);
  if (!full) throw new ScaffoldError('empty-title', `Tiêu đề "${clean}" không tạo được tên tệp (cần có chữ hoặc số).`);
  const slug = shortenSlug(full);
  const notes: string[] = [];
  if (length > TITLE_WARN_CHARS) notes.push(`Lưu ý: tiêu đề dài ${length} ký tự; nên rút gọn còn dưới ${TITLE_WARN_CHARS} ký tự.`);
  if (slug !== full) notes.push(`Tên tệp được rút gọn theo các chữ đầu của tiêu đề: ${slug}.mdx (địa chỉ bài là tên tệp này).`);
  const lines = frontMatter(type, clean, isoVn(now));
  return { path: `${FOLDERS[type]}/${slug}.mdx`, slug, text: `---\n${lines.join('\n')}\n---\n${BODY}`, notes };
}

/** The collection folder a type writes into: ids are unique across all of it (ca-nhan/ and tap-the/ share guong-sang/). */
export const collectionFolder = (type: ScaffoldType): string => FOLDERS[type].split('/')[0]!;

/**
 * The existing content file that already has `slug` in the collection `type` writes into, if any.
 * `files` are paths relative to the content folder, with / or \ between folders; any extension, any subfolder.
 */
export function sameSlugFile(type: ScaffoldType, slug: string, files: readonly string[]): string | undefined {
  const folder = `${collectionFolder(type)}/`;
  return files
    .map((f) => f.split('\\').join('/'))
    .find((f) => f.startsWith(folder) && /\.mdx?$/i.test(f) && slugFromPath(f) === slug);
}

/** Why `npm run new` refuses a title whose slug `existing` already has (paths as shown to the editor). */
export const sameSlugMessage = (existing: string, path: string, slug: string): string =>
  existing === path
    ? `Tệp ${existing} đã có; không ghi đè. Hãy mở tệp đó, hoặc chọn tiêu đề khác.`
    : `Tệp ${existing} đã có; không tạo ${path} vì hai tệp sẽ cùng địa chỉ "${slug}" và trang không dựng được. Hãy mở tệp đã có, hoặc chọn tiêu đề khác.`;

/**
 * Synthetic Vietnamese content for benchmarks: any number of valid stories in
 * the site's content layout (van-ban/, hoi-nghi/, guong-sang/ca-nhan|tap-the/,
 * bai-viet/), deterministic for a seed. Every file passes the strict content
 * check: NFC text, ASCII file names, references to entries that exist.
 *
 *   import { generateCorpus } from './lib/corpus.ts';
 *   const summary = generateCorpus('/tmp/corpus', { stories: 10_000 });
 *
 * The text is assembled from phrase banks written for this generator; it reads
 * like Vietnamese news about the same subjects as the site (conferences,
 * directives, honourees), with names, places and document codes that vary
 * enough to give a realistic index.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/lib/vi/slug.ts';
import { COLLECTION_DIRS, HONOUREE_FOLDERS } from '../../src/lib/content/collections.ts';
import { storyPath } from '../../src/lib/site/urls.ts';

export interface CorpusOptions {
  /** Total number of stories (all collections together). */
  stories: number;
  /** Seed of the pseudo-random generator; the same seed gives the same files. */
  seed?: number;
  /** Empty the folder first. */
  clean?: boolean;
}

export interface CorpusSummary {
  dir: string;
  counts: { directives: number; conferences: number; individuals: number; collectives: number; articles: number };
  /** Total words of story bodies. */
  words: number;
  /** Some generated facts, for queries in benchmarks: [query, expected path]. */
  probes: { query: string; path: string }[];
}

/** mulberry32: small, fast, good enough for text. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[], lo: number, hi: number): T[] => {
    const n = Math.min(xs.length, int(lo, hi));
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < n) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đào',
  'Đinh',
  'Lương',
  'Trịnh',
  'Mai',
  'Tạ',
  'Cao',
  'Lâm',
  'Hà',
  'Tô',
  'Kiều',
  'Quách',
  'Vương',
  'Chu',
];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Ngọc', 'Xuân', 'Bá', 'Công', 'Đình', 'Trọng', 'Tuấn', 'Thành', 'Hoài', 'Mạnh', 'Quốc', 'Viết'];
const MIDDLE_F = ['Thị', 'Thu', 'Kim', 'Hồng', 'Ngọc', 'Thanh', 'Phương', 'Diệu', 'Minh', 'Thúy', 'Bích', 'Hải', 'Mỹ', 'Tuyết'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Duy',
  'Hải',
  'Hiếu',
  'Hòa',
  'Hùng',
  'Huy',
  'Khánh',
  'Long',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quân',
  'Quang',
  'Sơn',
  'Tâm',
  'Thắng',
  'Thịnh',
  'Tiến',
  'Toàn',
  'Trung',
  'Tú',
  'Tuấn',
  'Tùng',
  'Việt',
  'Vinh',
  'Đạt',
  'Định',
  'Đông',
  'Đức',
  'Lâm',
  'Khoa',
  'Lộc',
  'Hưng',
  'Thái',
];
const GIVEN_F = [
  'Anh',
  'Chi',
  'Giang',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Loan',
  'Mai',
  'Nga',
  'Ngọc',
  'Nhung',
  'Nụ',
  'Phương',
  'Quyên',
  'Thảo',
  'Thủy',
  'Trang',
  'Tuyến',
  'Uyên',
  'Vân',
  'Xuân',
  'Yến',
  'Điệp',
  'Hằng',
  'Huyền',
  'Liên',
  'Oanh',
  'Duyên',
  'Ngân',
];

const PROVINCES = [
  'Hà Nội',
  'Hải Phòng',
  'Đà Nẵng',
  'Thành phố Hồ Chí Minh',
  'Cần Thơ',
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];
const PLACE_A = [
  'Tân',
  'Hòa',
  'Phú',
  'An',
  'Bình',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Yên',
  'Thanh',
  'Hưng',
  'Quang',
  'Vĩnh',
  'Long',
  'Đại',
  'Trung',
  'Hồng',
  'Kim',
  'Xuân',
  'Cẩm',
  'Minh',
  'Thạch',
  'Phước',
];
const PLACE_B = [
  'Lập',
  'Bình',
  'Lộc',
  'Thịnh',
  'Phong',
  'Hòa',
  'Sơn',
  'Thành',
  'Tiến',
  'Hưng',
  'Phú',
  'Mỹ',
  'Khánh',
  'Lợi',
  'An',
  'Hải',
  'Lâm',
  'Trạch',
  'Điền',
  'Đức',
  'Nghĩa',
  'Tân',
  'Hiệp',
  'Quý',
];

const TOPICS = [
  'cải cách hành chính',
  'xây dựng nông thôn mới',
  'phòng, chống tham nhũng, tiêu cực',
  'chuyển đổi số',
  'giảm nghèo bền vững',
  'bảo vệ môi trường',
  'bảo đảm trật tự an toàn giao thông',
  'khuyến học, khuyến tài',
  'chăm sóc sức khỏe nhân dân',
  'phát triển kinh tế tập thể',
  'giữ gìn an ninh trật tự',
  'xây dựng gia đình văn hóa',
  'hiến máu tình nguyện',
  'đền ơn đáp nghĩa',
  'thực hành tiết kiệm',
  'tiếp công dân',
  'giải quyết khiếu nại, tố cáo',
  'đổi mới sinh hoạt chi bộ',
  'phát triển đảng viên mới',
  'xây dựng đô thị văn minh',
  'hỗ trợ học sinh nghèo vượt khó',
  'phòng chống thiên tai',
  'chăm lo người cao tuổi',
  'xây dựng văn hóa công sở',
  'nâng cao chất lượng giáo dục',
  'bảo vệ rừng',
  'phát triển du lịch cộng đồng',
];
const ACTIONS = [
  'tổ chức học tập chuyên đề hằng năm',
  'ký cam kết tu dưỡng, rèn luyện',
  'đăng ký việc làm theo Bác',
  'tiếp dân định kỳ vào sáng thứ Năm',
  'đối thoại trực tiếp với người dân',
  'tăng cường kiểm tra, giám sát',
  'rà soát quy trình thủ tục',
  'biểu dương người tốt việc tốt',
  'nhân rộng các mô hình hay',
  'đổi mới nội dung sinh hoạt chuyên đề',
  'công khai số điện thoại đường dây nóng',
  'lấy ý kiến nhận xét của nơi cư trú',
  'xây dựng bộ tiêu chí đánh giá cán bộ',
  'phân công đảng viên phụ trách hộ gia đình',
  'số hóa hồ sơ một cửa',
  'tổ chức ngày thứ Bảy tình nguyện',
  'vận động quyên góp ủng hộ người nghèo',
  'mở lớp bồi dưỡng lý luận chính trị',
  'giao ban định kỳ với các chi bộ',
  'lắp đặt hòm thư góp ý',
];
const QUALITIES = ['gương mẫu', 'tận tụy', 'bền bỉ', 'sáng tạo', 'nói đi đôi với làm', 'gần dân, sát dân', 'trách nhiệm', 'liêm chính', 'khiêm tốn', 'quyết liệt'];
const ORGS = [
  'Ban Thường vụ Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy',
  'Ban Tuyên giáo Tỉnh ủy',
  'Ban Tổ chức Tỉnh ủy',
  'Đảng ủy Khối các cơ quan tỉnh',
  'Ủy ban Mặt trận Tổ quốc tỉnh',
  'Ban Dân vận Tỉnh ủy',
];
const UNIT_KINDS = [
  'Trường Tiểu học',
  'Trường THCS',
  'Trường THPT',
  'Trạm Y tế xã',
  'Chi bộ thôn',
  'Hội Cựu chiến binh xã',
  'Đoàn Thanh niên phường',
  'Công an xã',
  'Hợp tác xã nông nghiệp',
  'Hội Liên hiệp Phụ nữ xã',
  'Đảng bộ xã',
  'Đảng bộ phường',
  'Bộ phận một cửa huyện',
  'Trung tâm Y tế huyện',
];
const ROLES = [
  'Bí thư Chi bộ thôn {place}',
  'Hiệu trưởng Trường Tiểu học {place}',
  'Trưởng Công an xã {place}',
  'Chủ tịch Hội Nông dân xã {place}',
  'Trưởng trạm Y tế xã {place}',
  'Chủ tịch UBND xã {place}',
  'Giáo viên Trường THCS {place}',
  'Bí thư Đoàn phường {place}',
  'Chủ nhiệm Hợp tác xã {place}',
  'Công chức tư pháp xã {place}',
  'Trưởng ban Công tác Mặt trận khu dân cư {place}',
  'Bác sĩ Trung tâm Y tế huyện {place}',
];
const RANKS = ['Đồng chí', 'Cô giáo', 'Thầy giáo', 'Bác sĩ', 'Đại úy', 'Thiếu tá', 'Trung tá', 'Thượng úy'];
const HONOURS = ['Bằng khen', 'Giấy khen', 'Chiến sĩ thi đua cơ sở', 'Gương điển hình tiên tiến', 'Huy hiệu 30 năm tuổi Đảng'];
const FREE_TAGS = [
  'nêu gương',
  'người đứng đầu',
  'học tập và làm theo Bác',
  'xây dựng Đảng',
  'gần dân',
  'điển hình tiên tiến',
  'người tốt việc tốt',
  'cán bộ trẻ',
  'kỷ luật đảng',
  'kiểm tra giám sát',
  'dân vận khéo',
];

const KINDS = [
  { kind: 'Quy định', abbr: 'QĐ', issuer: 'TW', weight: 4 },
  { kind: 'Chỉ thị', abbr: 'CT', issuer: 'TW', weight: 3 },
  { kind: 'Nghị quyết', abbr: 'NQ', issuer: 'TW', weight: 3 },
  { kind: 'Kết luận', abbr: 'KL', issuer: 'TW', weight: 2 },
  { kind: 'Hướng dẫn', abbr: 'HD', issuer: 'BTCTW', weight: 1 },
  { kind: 'Nghị định', abbr: 'NĐ', issuer: 'CP', weight: 1 },
] as const;
const ISSUERS: Record<string, string[]> = {
  'Quy định': ['Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư'],
  'Chỉ thị': ['Bộ Chính trị', 'Ban Bí thư'],
  'Nghị quyết': ['Ban Chấp hành Trung ương', 'Bộ Chính trị'],
  'Kết luận': ['Bộ Chính trị', 'Ban Bí thư'],
  'Hướng dẫn': ['Ban Tổ chức Trung ương'],
  'Nghị định': ['Chính phủ'],
};
const TERMS: [number, string][] = [
  [2011, 'XI'],
  [2016, 'XII'],
  [2021, 'XIII'],
];
const SECTIONS = ['Xây dựng Đảng', 'Học tập và làm theo Bác', 'Người tốt - Việc tốt'];
const CONFERENCE_KINDS = ['Hội nghị', 'Tọa đàm', 'Giao ban', 'Sơ kết', 'Tổng kết', 'Lễ tuyên dương'];
const GENRES = ['Tin', 'Bài', 'Phỏng vấn', 'Bình luận'];
const HEADINGS = [
  'Kết quả nổi bật',
  'Cách làm mới từ cơ sở',
  'Những việc còn phải làm',
  'Gắn với nhiệm vụ chính trị',
  'Người đứng đầu đi trước',
  'Lắng nghe ý kiến người dân',
  'Đo bằng kết quả công việc',
  'Nhân rộng điển hình',
  'Thẳng thắn nhìn nhận hạn chế',
  'Hướng đi thời gian tới',
];

interface Ctx {
  r: Rng;
  province: string;
  place: string;
  person: string;
  directive: string;
  topic: string;
  year: number;
  unit: string;
}

/** Sentence templates; `{…}` slots are filled from the story's context. */
const SENTENCES: ((c: Ctx) => string)[] = [
  (c) => `Năm ${c.year}, ${c.unit} chọn ${c.topic} làm khâu đột phá và ${c.r.pick(ACTIONS)}.`,
  (c) => `Theo ${c.r.pick(ORGS)} ${c.province}, ${c.r.int(60, 99)}% cán bộ, đảng viên đã ${c.r.pick(ACTIONS)}.`,
  (c) => `${c.person} cho biết đơn vị coi ${c.topic} là việc phải làm thường xuyên, không chạy theo phong trào.`,
  (c) => `Việc thực hiện ${c.directive} được cụ thể hóa thành ${c.r.int(3, 12)} tiêu chí, mỗi tiêu chí đều có thể kiểm tra được.`,
  (c) => `Sau ${c.r.int(2, 6)} năm, ${c.r.int(12, 480)} mô hình về ${c.topic} đã được ghi nhận trên địa bàn ${c.place}.`,
  (c) => `Người dân xã ${c.place} đánh giá cao tinh thần ${c.r.pick(QUALITIES)} của đội ngũ cán bộ cơ sở.`,
  (c) => `Cấp ủy yêu cầu mỗi đảng viên chọn một đến hai việc cụ thể về ${c.topic} để đăng ký làm theo.`,
  (c) => `Trong năm ${c.year}, đơn vị đã giải quyết ${c.r.int(150, 4800)} hồ sơ, trong đó ${c.r.int(90, 100)}% đúng hoặc trước hạn.`,
  (c) => `Tại buổi làm việc, ${c.person} nhấn mạnh cán bộ phải ${c.r.pick(QUALITIES)} thì mới thuyết phục được quần chúng.`,
  (c) => `Nhiều ý kiến cho rằng cần gắn ${c.directive} với ${c.topic} để tạo chuyển biến rõ nét hơn.`,
  (c) => `Ban Thường vụ đã khen thưởng ${c.r.int(5, 60)} tập thể và ${c.r.int(10, 120)} cá nhân có thành tích trong ${c.topic}.`,
  (c) => `Hằng tháng, chi bộ ${c.r.pick(ACTIONS)} và công khai kết quả trên bảng tin của khu dân cư.`,
  (c) => `Không ít nơi vẫn còn tình trạng làm hình thức, báo cáo nhiều hơn làm, nên ${c.province} đề ra ${c.r.int(3, 7)} nhóm giải pháp.`,
  (c) => `Từ kinh nghiệm của ${c.unit}, tỉnh ${c.province} chủ trương nhân rộng cách làm này ra các huyện, thị xã.`,
  (c) => `${c.person} chia sẻ rằng điều khó nhất là giữ được sự kiên trì khi kết quả chưa thấy ngay.`,
  (c) => `Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt ${c.r.int(80, 98)},${c.r.int(0, 9)}% trong năm ${c.year}.`,
  (c) => `Đường dây nóng của xã ${c.place} tiếp nhận ${c.r.int(20, 300)} phản ánh, tất cả đều được trả lời công khai.`,
  () => `Các đoàn thể chính trị - xã hội cùng giám sát việc tu dưỡng, rèn luyện của cán bộ chủ chốt.`,
  (c) => `Đảng ủy xã ${c.place} đã kết nạp ${c.r.int(3, 40)} đảng viên mới, phần lớn là đoàn viên ưu tú.`,
  (c) => `Kết quả ${c.topic} được đưa vào tiêu chí đánh giá, xếp loại cán bộ cuối năm.`,
  (c) => `Những việc làm bình dị như ${c.r.pick(ACTIONS)} đã giúp người dân thêm tin tưởng vào chính quyền.`,
  (c) => `Đến hết năm ${c.year}, toàn tỉnh ${c.province} có ${c.r.int(40, 900)} điển hình được biểu dương ở các cấp.`,
  (c) => `Đồng chí ${c.person.split(' ').slice(-1)[0]} thừa nhận vẫn còn những việc chưa làm được như mong muốn.`,
  (c) => `Mỗi quý, lãnh đạo ${c.unit} trực tiếp nghe báo cáo tiến độ và tháo gỡ vướng mắc cho cơ sở.`,
  (c) => `Phong trào thi đua gắn với ${c.topic} lan rộng tới ${c.r.int(5, 40)} thôn, tổ dân phố.`,
];

const RESULT_SENTENCES: ((c: Ctx) => string)[] = [
  (c) => `Nhờ vậy, ${c.r.int(30, 900)} hộ gia đình đã có điều kiện sống tốt hơn.`,
  (c) => `Số đơn thư vượt cấp giảm ${c.r.int(10, 70)}% so với năm trước.`,
  (c) => `Mô hình được ${c.r.pick(ORGS)} ${c.province} chọn để giới thiệu tại hội nghị toàn tỉnh.`,
  () => `Điều đáng quý là mọi việc đều bắt đầu từ sự gương mẫu của người đứng đầu.`,
];

const pad2 = (n: number) => String(n).padStart(2, '0');
function dateTime(r: Rng, from: number, to: number): { iso: string; time: number } {
  const time = from + Math.floor(r.next() * (to - from));
  const d = new Date(time + 7 * 3600_000);
  const iso = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(r.int(6, 21))}:${pad2(r.int(0, 59))}:00+07:00`;
  return { iso, time };
}
const yearOf = (iso: string) => Number(iso.slice(0, 4));

const q = (s: string) => JSON.stringify(s.normalize('NFC'));
const list = (name: string, xs: readonly string[]) => (xs.length ? `${name}:\n${xs.map((x) => `  - ${q(x)}`).join('\n')}\n` : `${name}: []\n`);
/** Front matter of a conference's or an article's tags, cited directives and honourees (the tag drawn from `r`). */
const storyLinks = (r: Rng, province: string, refs: readonly { id: string }[], honoured: readonly { id: string }[]): string =>
  list('tags', ['nêu gương', province, r.pick(FREE_TAGS)]) +
  list(
    'directives',
    refs.map((d) => d.id),
  ) +
  list(
    'honourees',
    honoured.map((h) => h.id),
  );

/** Names of the Central Highlands, written with an apostrophe (H'Hen Niê, Y'Moan Êban). */
const HIGHLAND_F = ['Hen', 'Bia', 'Nhi', 'Lang', 'Yam', 'Wen', 'Rai', 'Ngơn', 'Bla', 'Đuê', 'Ruôn', 'Jen', 'Hiam', 'Bơ'];
const HIGHLAND_M = ['Moan', 'Kriêng', 'Jut', 'Bhiơ', 'Suôn', 'Dhăm', 'Blô', 'Thuôn', 'Nuê', 'Khu', 'Bril', 'Wai'];
const HIGHLAND_FAMILY = ['Niê', 'Mlô', 'Êban', 'Ksor', 'Byă', 'Adrơng', 'Kbuôr', 'Hwing', 'Mdrang', 'Ayun', 'Rcom', 'Buôn Yă'];

function personName(r: Rng, female = r.chance(0.45)): string {
  if (r.chance(0.05)) return `${female ? 'H' : 'Y'}'${r.pick(female ? HIGHLAND_F : HIGHLAND_M)} ${r.pick(HIGHLAND_FAMILY)}`;
  return `${r.pick(FAMILY)} ${r.pick(female ? MIDDLE_F : MIDDLE_M)} ${r.pick(female ? GIVEN_F : GIVEN_M)}`;
}
const placeName = (r: Rng) => `${r.pick(PLACE_A)} ${r.pick(PLACE_B)}`;

function paragraphs(r: Rng, ctx: Omit<Ctx, 'r'>, words: number): string {
  const c: Ctx = { ...ctx, r };
  const out: string[] = [];
  let count = 0;
  let sinceHeading = 0;
  while (count < words) {
    if (sinceHeading >= 2 && r.chance(0.4)) {
      out.push(`## ${r.pick(HEADINGS)}`);
      sinceHeading = 0;
    }
    const n = r.int(3, 5);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(r.pick(SENTENCES)(c));
    if (r.chance(0.3)) sentences.push(r.pick(RESULT_SENTENCES)(c));
    const p = sentences.join(' ');
    count += p.split(/\s+/).length;
    out.push(p);
    sinceHeading++;
  }
  return out.join('\n\n');
}

interface DirectiveSpec {
  id: string;
  code: string;
  label: string;
}

/** Writes `options.stories` stories under `dir`; returns what was written.
 * A generator: one loop per collection, writing files in turn.
 */
export function generateCorpus(dir: string, options: CorpusOptions): CorpusSummary {
  const r = rng(options.seed ?? 20240501);
  if (options.clean) rmSync(dir, { recursive: true, force: true });
  for (const sub of [COLLECTION_DIRS.directives, COLLECTION_DIRS.conferences, ...Object.values(HONOUREE_FOLDERS), COLLECTION_DIRS.articles])
    mkdirSync(join(dir, sub), { recursive: true });

  const total = Math.max(10, options.stories);
  const nDirectives = Math.max(3, Math.round(total * 0.02));
  const nConferences = Math.max(2, Math.round(total * 0.18));
  const nIndividuals = Math.max(2, Math.round(total * 0.17));
  const nCollectives = Math.max(1, Math.round(total * 0.07));
  const nArticles = Math.max(1, total - nDirectives - nConferences - nIndividuals - nCollectives);
  const from = Date.UTC(2012, 0, 1);
  const to = Date.UTC(2024, 11, 31);
  let words = 0;
  const probes: CorpusSummary['probes'] = [];
  const file = (path: string, front: string, body: string) => {
    words += body.split(/\s+/).length;
    writeFileSync(join(dir, path), `---\n${front}---\n\n${body}\n`);
  };

  // Directives: unique kind + number, so every code names one document.
  const directives: DirectiveSpec[] = [];
  const used = new Set<string>();
  const weighted = KINDS.flatMap((k) => Array<typeof k>(k.weight).fill(k));
  while (directives.length < nDirectives) {
    const k = r.pick(weighted);
    const n = r.int(1, 400);
    if (used.has(`${k.abbr}${n}`)) continue;
    used.add(`${k.abbr}${n}`);
    const issued = dateTime(r, Date.UTC(2008, 0, 1), to - 400 * 86400_000);
    const year = yearOf(issued.iso);
    const abbr = k.abbr === 'QĐ' && r.chance(0.15) ? 'QĐi' : k.abbr;
    const code = k.abbr === 'NĐ' ? `${n}/${year}/NĐ-CP` : `${pad2(n)}-${abbr}/${k.issuer}`;
    const aliases = k.abbr === 'NĐ' ? [] : [`${pad2(n)}/${abbr}-${k.issuer}`, ...(k.issuer === 'TW' ? [`${pad2(n)}-${abbr}/TƯ`] : [])];
    const id = slugify(`${k.kind} ${code}`);
    const topic = r.pick(TOPICS);
    const term = [...TERMS].reverse().find(([y]) => year >= y)?.[1];
    const published = dateTime(r, Math.max(issued.time, Date.UTC(2012, 0, 1)), to);
    const label = `${k.kind} ${code}`;
    directives.push({ id, code, label });
    const issuer = r.pick(ISSUERS[k.kind]!);
    probes.push({ query: `${k.kind.toLowerCase()} ${pad2(n)}`, path: storyPath('directive', id) });
    // A code with words of its issuer: the document itself must stay first.
    if (directives.length % 4 === 0) probes.push({ query: `${k.kind.toLowerCase()} ${pad2(n)} ${issuer}`, path: storyPath('directive', id) });
    const ctx = { province: r.pick(PROVINCES), place: placeName(r), person: personName(r), directive: label, topic, year, unit: `${r.pick(UNIT_KINDS)} ${placeName(r)}` };
    file(
      `${COLLECTION_DIRS.directives}/${id}.md`,
      `code: ${q(code)}\n${list('aliases', aliases)}kind: ${q(k.kind)}\nissuer: ${q(issuer)}\nissuedAt: ${issued.iso.slice(0, 10)}\n` +
        (term ? `term: ${q(term)}\n` : '') +
        `title: ${q(`Về ${topic} trong tình hình mới`)}\nsummary: ${q(`${label} đặt ra yêu cầu về ${topic}, trước hết với cán bộ lãnh đạo chủ chốt các cấp.`)}\n` +
        list('tags', ['nêu gương', r.pick(FREE_TAGS)]) +
        `publishedAt: ${published.iso}\n`,
      `${label} được ban hành năm ${year}. ` + paragraphs(r, ctx, r.int(180, 320)),
    );
  }

  const honourees: { id: string; path: string; name: string; province: string }[] = [];
  const names = new Set<string>();
  /** Honourees per name (apostrophes and accents folded, as a reader may type it). */
  const shared = new Map<string, number>();
  const foldName = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase();
  let apostropheProbes = 0;
  const honoureeFile = (i: number, individual: boolean) => {
    const province = r.pick(PROVINCES);
    const place = placeName(r);
    let name: string;
    do name = individual ? personName(r) : `${r.pick(UNIT_KINDS)} ${place}`;
    while (names.has(name) && names.size < 50_000 && r.chance(0.9));
    names.add(name);
    shared.set(foldName(name), (shared.get(foldName(name)) ?? 0) + 1);
    const id = `${slugify(name)}-${i}`;
    const kind = individual ? 'individual' : 'collective';
    const refs = r.some(directives, 1, 3);
    const published = dateTime(r, from, to);
    const role = r.pick(ROLES).replace('{place}', place);
    const unit = individual ? `UBND xã ${place}, tỉnh ${province}` : `Đảng bộ huyện ${placeName(r)}`;
    const ctx = { province, place, person: name, directive: refs[0]!.label, topic: r.pick(TOPICS), year: yearOf(published.iso), unit: individual ? unit : name };
    const rank = individual && r.chance(0.5) ? r.pick(RANKS) : undefined;
    honourees.push({ id, path: storyPath('honouree', id, kind), name, province });
    if (individual && i % 97 === 0) probes.push({ query: name, path: storyPath('honouree', id, kind) });
    // Apostrophe names, typed with ’ or with no apostrophe at all.
    else if (individual && name.includes("'") && apostropheProbes++ < 20)
      probes.push({ query: apostropheProbes % 2 ? name.replace("'", '’') : name.replace("'", ''), path: storyPath('honouree', id, kind) });
    file(
      `${HONOUREE_FOLDERS[kind]}/${id}.md`,
      `kind: ${individual ? 'individual' : 'collective'}\nname: ${q(name)}\n` +
        (rank ? `rank: ${q(rank)}\n` : '') +
        (individual ? `role: ${q(role)}\n` : r.chance(0.5) ? `role: ${q('Tập thể tiêu biểu')}\n` : '') +
        `unit: ${q(unit)}\nprovince: ${q(province)}\n` +
        `summary: ${q(`${name} ở ${province} được giới thiệu là gương sáng nhờ những việc làm ${r.pick(QUALITIES)} về ${ctx.topic}.`)}\n` +
        list('tags', ['nêu gương', province, r.pick(FREE_TAGS)]) +
        list(
          'directives',
          refs.map((d) => d.id),
        ) +
        (r.chance(0.5) ? `honours:\n  - title: ${q(r.pick(HONOURS))}\n    year: ${Math.min(2024, ctx.year)}\n    by: ${q(`Chủ tịch UBND tỉnh ${province}`)}\n` : 'honours: []\n') +
        `publishedAt: ${published.iso}\nbyline: "Gương Sáng"\n`,
      `${name} là một trong những gương sáng của ${province} trong ${ctx.topic}. ` + paragraphs(r, ctx, r.int(200, 380)),
    );
  };
  for (let i = 0; i < nIndividuals; i++) honoureeFile(i, true);
  for (let i = 0; i < nCollectives; i++) honoureeFile(nIndividuals + i, false);

  const conferences: { id: string; time: number; province: string }[] = [];
  for (let i = 0; i < nConferences; i++) {
    const province = r.pick(PROVINCES);
    const kind = r.pick(CONFERENCE_KINDS);
    const refs = r.some(directives, 1, 3);
    const honoured = r.some(honourees, 0, 3);
    const starts = dateTime(r, from, to - 86400_000);
    const published = { iso: dateTime(r, starts.time + 3600_000, starts.time + 2 * 86400_000).iso };
    const years = r.int(2, 5);
    const title = r.chance(0.5) ? `${province}: ${kind.toLowerCase()} ${years} năm thực hiện ${refs[0]!.label}` : `${kind} về ${r.pick(TOPICS)} tại ${province}`;
    const id = `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${i}`;
    conferences.push({ id, time: starts.time, province });
    const speakers = Array.from({ length: r.int(1, 4) }, () => ({
      name: personName(r),
      role: `${r.pick(['Bí thư', 'Phó Bí thư', 'Trưởng ban', 'Chủ nhiệm'])} ${r.pick(ORGS)} ${province}`,
    }));
    const ctx = {
      province,
      place: placeName(r),
      person: speakers[0]!.name,
      directive: refs[0]!.label,
      topic: r.pick(TOPICS),
      year: yearOf(starts.iso),
      unit: `${r.pick(ORGS)} ${province}`,
    };
    file(
      `${COLLECTION_DIRS.conferences}/${id}.md`,
      `title: ${q(title)}\nsapo: ${q(`(Gương Sáng) - ${ctx.unit} tổ chức ${kind.toLowerCase()} về ${ctx.topic}, gắn với việc thực hiện ${refs[0]!.label}.`)}\n` +
        `section: ${q(r.pick(SECTIONS))}\nkind: ${q(kind)}\nstartsAt: ${starts.iso}\nplace: ${q(`Hội trường UBND tỉnh ${province}`)}\nprovince: ${q(province)}\n` +
        `organiser: ${q(ctx.unit)}\nspeakers:\n${speakers.map((s) => `  - name: ${q(s.name)}\n    role: ${q(s.role)}\n`).join('')}` +
        storyLinks(r, province, refs, honoured) +
        `byline: "Gương Sáng tổng hợp"\npublishedAt: ${published.iso}\n`,
      paragraphs(r, ctx, r.int(320, 560)),
    );
  }

  for (let i = 0; i < nArticles; i++) {
    const province = r.pick(PROVINCES);
    const refs = r.some(directives, 0, 3);
    const honoured = r.some(honourees, 0, 2);
    const conference = r.chance(0.25) ? r.pick(conferences) : undefined;
    const published = dateTime(r, conference ? conference.time + 3600_000 : from, conference ? Math.min(to, conference.time + 5 * 86400_000) : to);
    const topic = r.pick(TOPICS);
    const title = r.pick([
      `${province}: ${topic} từ những việc làm cụ thể`,
      `Người đứng đầu ${r.pick(UNIT_KINDS).toLowerCase()} ${placeName(r)} và chuyện ${topic}`,
      `${province} nêu gương trong ${topic}`,
      `Để ${topic} không dừng ở khẩu hiệu`,
    ]);
    const id = `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${i}`;
    const person = honoured[0]?.name ?? personName(r);
    const ctx = {
      province,
      place: placeName(r),
      person,
      directive: refs[0]?.label ?? 'các quy định về nêu gương',
      topic,
      year: yearOf(published.iso),
      unit: `${r.pick(UNIT_KINDS)} ${placeName(r)}`,
    };
    file(
      `${COLLECTION_DIRS.articles}/${id}.md`,
      `title: ${q(title)}\nsapo: ${q(`(Gương Sáng) - ${ctx.unit} (${province}) chọn ${topic} làm việc trọng tâm, bắt đầu từ sự gương mẫu của cán bộ, đảng viên.`)}\n` +
        `genre: ${q(r.pick(GENRES))}\nsection: ${q(r.pick(SECTIONS))}\n` +
        storyLinks(r, province, refs, honoured) +
        (conference ? `conference: ${conference.id}\n` : '') +
        `byline: ${q(`Bài và ảnh: ${personName(r)}`)}\npublishedAt: ${published.iso}\n`,
      paragraphs(r, ctx, r.int(320, 600)),
    );
  }

  return {
    dir,
    counts: { directives: nDirectives, conferences: nConferences, individuals: nIndividuals, collectives: nCollectives, articles: nArticles },
    words,
    // A name two honourees share names neither: such probes have no one right answer.
    probes: probes.filter((p) => (shared.get(foldName(p.query)) ?? 0) <= 1),
  };
}

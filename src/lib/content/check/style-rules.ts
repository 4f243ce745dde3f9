/**
 * House style (quy ước viết của tòa soạn): spellings the newsroom corrects in every story.
 * All warnings: the page builds, but an editor should fix them. Each message names the
 * rule and the exact text to write instead.
 *
 * Checked: the headline (`title`), the lead (`sapo`, `summary`) and the body's prose —
 * never code, addresses, HTML/JSX tags and their attributes, or the YAML syntax of the
 * front matter (only the string values it holds). A directive's `title` is its official
 * trích yếu, quoted verbatim: only the quotation-mark rule applies to it.
 */
import type { CollectionName } from '../collections.ts';

export type StyleRule = 'style-region' | 'style-weekday' | 'style-khoi' | 'style-quotes' | 'style-headline-colon' | 'style-headline-honorific';

export interface StyleProblem {
  /** Front-matter path, or undefined for the body. */
  path: (string | number)[] | undefined;
  /** Line inside the body (1-based, body-relative) when path is undefined. */
  bodyLine?: number;
  rule: StyleRule;
  severity: 'warning';
  message: string;
}

type Found = Omit<StyleProblem, 'path' | 'bodyLine' | 'severity'>;

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

const say = (label: string, from: string, to: string, why = ''): string =>
  `quy ước viết của tòa soạn (${label}): hãy viết "${to}" thay cho "${from}"${why}`;

/**
 * Bắc Bộ, Trung Bộ, Nam Bộ (and Bắc Trung Bộ, Tây Nam Bộ …) are names of regions: both
 * words capitalised. "Nam bộ đội", "Bắc bộ phận" are other words.
 */
const REGION = new RegExp(`${NOT_WORD_BEFORE}((?:(?:Bắc|Nam|Tây|Đông) )?(?:Bắc|Nam|Trung)) bộ${NOT_WORD_AFTER}(?! (?:đội|trưởng|phận|môn|máy|ngành)${NOT_WORD_AFTER})`, 'gu');

function regionProblems(text: string): Found[] {
  return [...text.matchAll(REGION)].map((m) => ({
    rule: 'style-region' as const,
    message: say('tên vùng viết hoa cả hai chữ', m[0], `${m[1]} Bộ`, '; Bắc Bộ, Trung Bộ, Nam Bộ là tên riêng, như trong "đồng bằng Bắc Bộ"'),
  }));
}

/**
 * "Chủ nhật", the day, takes one capital. "Chủ Nhật" is let be at the start of a sentence
 * (a headline or a list may capitalise), unless a date follows, which makes it the weekday;
 * and before another capitalised word, which makes it part of a name ("Chủ Nhật Đỏ").
 */
const WEEKDAY = /Chủ Nhật(?![\p{L}\p{N}])/gu;
const SENTENCE_START = /(?:^|[.!?…:]\s+|^\s*(?:[-*+>#]+\s+|\d+[.)]\s+)?)["“'‘(*_]*$/u;
const DATE_AFTER = /^\s*(?:,\s*)?(?:\(?\s*(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}|ngày\s+\d|tuần\s+(?:này|tới|trước|qua)|vừa\s+qua|tới)/u;
const NAME_AFTER = /^\s+\p{Lu}/u;

function weekdayProblems(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(WEEKDAY)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (NAME_AFTER.test(after)) continue;
    if (SENTENCE_START.test(before) && !DATE_AFTER.test(after)) continue;
    out.push({ rule: 'style-weekday', message: say('tên ngày trong tuần', 'Chủ Nhật', 'Chủ nhật', '; chỉ viết hoa chữ đầu, như "thứ Hai", "Chủ nhật"') });
  }
  return out;
}

/**
 * The Party committee of the provincial bodies: "Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ
 * Khối các cơ quan …": capital K, the rest lower case. Headlines in capitals are let be.
 */
const KHOI = /(Đảng (?:ủy|uỷ|bộ|Ủy|Bộ) )(khối|Khối|KHỐI) (các|Các|CÁC) (cơ|Cơ|CƠ) (quan|Quan|QUAN)(?![\p{L}\p{N}])/gu;

function khoiProblems(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(KHOI)) {
    const words = m[0].slice(m[1]!.length);
    if (words === 'Khối các cơ quan' || words === words.toUpperCase()) continue;
    const party = m[1]!.replace('Ủy', 'ủy').replace('Bộ', 'bộ');
    out.push({ rule: 'style-khoi', message: say('tên Đảng ủy Khối', m[0], `${party}Khối các cơ quan`, '; viết hoa chữ "Khối", các chữ sau viết thường') });
  }
  return out;
}

/** Straight double quotes: “…” around a quotation; a lone " is pointed out too. */
function quoteProblems(text: string): Found[] {
  const out: Found[] = [];
  let rest = text;
  for (const m of text.matchAll(/"([^"\n]*)"/gu)) {
    out.push({ rule: 'style-quotes', message: `quy ước viết của tòa soạn (ngoặc kép cong): hãy viết “${m[1]}” thay cho ${m[0]}; dùng dấu ngoặc kép cong “…”, không dùng dấu " thẳng` });
    rest = rest.replace(m[0], '');
  }
  if (rest.includes('"')) {
    out.push({ rule: 'style-quotes', message: 'quy ước viết của tòa soạn (ngoặc kép cong): có dấu " thẳng không thành cặp; hãy dùng “ để mở và ” để đóng trích dẫn' });
  }
  return out;
}

/** In a headline, the word after a colon takes a capital: "Nghệ An: Sau hai năm …". */
function colonProblems(title: string): Found[] {
  return [...title.matchAll(/((?:\S+ )?\S+:\s+)(\p{Ll})(\S*)/gu)]
    .filter((m) => !/^(?:https?:|www\.)/u.test(m[2]! + m[3]!))
    .map((m) => ({
      rule: 'style-headline-colon' as const,
      message: say('chữ sau dấu hai chấm trong tiêu đề viết hoa', m[0], `${m[1]}${m[2]!.toUpperCase()}${m[3]}`),
    }));
}

/**
 * A headline opens with the name, not with an honorific: "Nguyễn Văn A: …", not "Ông Nguyễn
 * Văn A: …". Only before a capitalised word: "Bà mẹ Việt Nam anh hùng", "Anh hùng Lao
 * động", "Chị em phụ nữ" open with ordinary words.
 */
/** Forms of address, not ranks: a headline does not open with them. */
const HONORIFIC_WORDS = ['Đồng chí', 'Ông', 'Bà', 'Anh', 'Chị'];
const HONORIFIC = new RegExp(`^(${HONORIFIC_WORDS.join('|')})\\s+(?=\\p{Lu})`, 'u');
/** Places and people whose name begins with such a word: "Bà Rịa - Vũng Tàu: …", "Bà Triệu". */
const NAMES_WITH_HONORIFIC = /^(?:Bà (?:Rịa|Đen|Chiểu|Điểm|Triệu|Trưng|Huyện|Nà|Chúa)|Ông (?:Ích Khiêm|Lãnh|Gióng))(?![\p{L}\p{N}])/u;

function honorificProblems(title: string): Found[] {
  const m = HONORIFIC.exec(title.trim());
  if (!m || NAMES_WITH_HONORIFIC.test(title.trim())) return [];
  const without = title.trim().slice(m[0].length);
  return [{
    rule: 'style-headline-honorific',
    message: say('tiêu đề không mở đầu bằng danh xưng', title.trim(), without, `; bỏ danh xưng "${m[1]}", tiêu đề ghi thẳng tên người`),
  }];
}

/** Rules on wording, for any prose an editor writes. */
const wordingProblems = (text: string): Found[] => [...regionProblems(text), ...weekdayProblems(text), ...khoiProblems(text)];

/**
 * A body line with what is not prose blanked out: code spans, addresses, HTML and JSX
 * tags with their attributes, JSX expressions, link destinations and titles.
 */
export function proseOfLine(line: string): string {
  const blank = (s: string) => ' '.repeat(s.length);
  return line
    .replace(/(`+)[\s\S]*?\1/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    // A tag, its quoted attribute values skipped whole ("<iframe srcdoc="<b>…</b>">"), even unclosed on this line.
    .replace(/<\/?[A-Za-z][^\s/>]*(?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^\s"'=<>`]+))?|\s*\/)*\s*>?/g, blank)
    // Attributes of a tag that spans several lines.
    .replace(/(?<![\p{L}\p{N}])[A-Za-z][\w:-]*\s*=\s*(?:"[^"]*"|'[^']*')/gu, blank)
    .replace(/\{[^{}]*\}/g, blank)
    .replace(/(?:https?:\/\/|www\.)\S+/g, blank)
    .replace(/^\s*\[[^\]]+\]:\s.*$/, blank);
}

/** Collections whose `title` is a headline (a directive's is its trích yếu). */
const HEADLINE_TITLES: ReadonlySet<CollectionName> = new Set(['articles', 'conferences']);
/** Front-matter fields of prose an editor writes: headline and lead. */
const PROSE_FIELDS = ['title', 'sapo', 'summary'] as const;

/** House-style warnings in the headline, lead, captions, tags and body of one file. */
export function styleProblems(data: Record<string, unknown> | undefined, body: string, collection?: CollectionName): StyleProblem[] {
  const out: StyleProblem[] = [];
  const headline = !collection || HEADLINE_TITLES.has(collection);
  for (const field of PROSE_FIELDS) {
    const value = data?.[field];
    if (typeof value !== 'string') continue;
    const verbatim = field === 'title' && !headline;
    const found = [...(verbatim ? [] : wordingProblems(value)), ...quoteProblems(value)];
    if (field === 'title' && headline) found.push(...colonProblems(value), ...honorificProblems(value));
    out.push(...found.map((f) => ({ ...f, path: [field], severity: 'warning' as const })));
  }
  // What readers also see of the front matter: a picture's caption and description, and the tags.
  for (const picture of ['cover', 'portrait'] as const) {
    for (const key of ['caption', 'alt'] as const) {
      const value = (data?.[picture] as Record<string, unknown> | undefined)?.[key];
      if (typeof value !== 'string') continue;
      out.push(...[...wordingProblems(value), ...quoteProblems(value)].map((f) => ({ ...f, path: [picture, key], severity: 'warning' as const })));
    }
  }
  // A directory's headline is the rank and the name ("Đại úy Phạm Văn Sơn"): a form of address is no rank.
  const rank = data?.['rank'];
  if (collection === 'honourees' && typeof rank === 'string') {
    if (HONORIFIC_WORDS.some((w) => w.toLocaleLowerCase('vi') === rank.trim().toLocaleLowerCase('vi')))
      out.push({
        rule: 'style-headline-honorific',
        message: `quy ước viết của tòa soạn (tiêu đề không mở đầu bằng danh xưng): "${rank.trim()}" là danh xưng, không phải cấp bậc, và sẽ đứng trước tên trong tiêu đề; hãy bỏ trường rank, hoặc ghi cấp bậc, học hàm thật (Đại úy, Thượng tá, Tiến sĩ…)`,
        path: ['rank'],
        severity: 'warning',
      });
  }
  const tags = data?.['tags'];
  if (Array.isArray(tags)) {
    tags.forEach((tag, i) => {
      if (typeof tag === 'string') out.push(...wordingProblems(tag).map((f) => ({ ...f, path: ['tags', i], severity: 'warning' as const })));
    });
  }
  let fence: string | undefined;
  body.split('\n').forEach((line, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker) return void (fence = marker);
    if (/^\s*(?:import|export)\s/.test(line)) return;
    const prose = proseOfLine(line);
    for (const f of [...wordingProblems(prose), ...quoteProblems(prose)]) out.push({ ...f, path: undefined, bodyLine: i + 1, severity: 'warning' });
  });
  return out;
}

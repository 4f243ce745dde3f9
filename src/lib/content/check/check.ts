/**
 * The content check: the build's own zod schemas plus every rule Astro does not
 * enforce. `npm run check` and the build's content guard both call
 * `checkContent`, so an editor's check is exactly the build's.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { COLLECTION_DIRS, type CollectionName } from '../collections.ts';
import { slugFromPath, slugify } from '../../vi/slug.ts';
import { closest } from '../../text/closest.ts';
import { DirectiveIndex, findCodes } from '../../vi/directive-code.ts';
import { parseContentFile, type ParsedFile } from './frontmatter.ts';
import { schemaProblems, valueAtPath } from './schema-rules.ts';
import { textProblems } from './text-rules.ts';
import { styleProblems } from './style-rules.ts';
import { bodyProblems, type BodyImage, type VideoFix } from './body-rules.ts';
import { detectTextEncoding, encodingMessage } from './encoding.ts';
import { bodyImages, imageProblems, type ImageUse } from './image-rules.ts';
import { fieldLabel, sortProblems, type Problem } from './problems.ts';
import { CheckMemory, fileHash, rememberedParse } from './remembered.ts';
import { PLACEHOLDER } from '../scaffold.ts';

/** Front-matter fields holding references, and the collection each points into. */
const REF_FIELDS: { field: string; collection: CollectionName }[] = [
  { field: 'directives', collection: 'directives' },
  { field: 'honourees', collection: 'honourees' },
  { field: 'conference', collection: 'conferences' },
];

const COLLECTION_LABELS: Record<CollectionName, string> = {
  directives: 'văn bản',
  conferences: 'hội nghị',
  honourees: 'gương sáng',
  articles: 'bài viết',
};

/** Honouree folder → the `kind` its files must declare. */
const HONOUREE_FOLDERS: Record<string, string> = { 'ca-nhan': 'individual', 'tap-the': 'collective' };

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, forward slashes. */
  file: string;
  /** Absolute path. */
  path: string;
  data: Record<string, unknown> | undefined;
  parsed: ParsedFile;
  /** Images the body shows (file lines), for the file checks. */
  images?: BodyImage[];
  /** Pasted video embed codes and their <Video> replacements (body lines), for --fix. */
  videos?: VideoFix[];
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

export interface CheckOptions {
  /** Project root: file paths in messages are relative to it. */
  root: string;
  /** Content folder with van-ban/, hoi-nghi/, guong-sang/, bai-viet/. */
  contentDir: string;
  /** Where the findings of unchanged files are remembered between checks (remembered.ts); none: every file is checked. */
  cacheDir?: string | undefined;
}

export function listContentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listContentFiles(path));
    else if (/\.mdx?$/i.test(name)) out.push(path);
  }
  return out;
}

const YAML_MESSAGES: Record<string, string> = {
  'missing-front-matter': 'thiếu phần thông tin đầu bài (front matter); tệp phải mở đầu bằng một dòng "---", các trường, rồi một dòng "---"',
  'not-a-map': 'phần thông tin đầu bài phải là các dòng "trường: giá trị"',
  DUPLICATE_KEY: 'một trường được viết hai lần; hãy giữ lại một',
  ALIAS: 'không dùng ký hiệu tham chiếu YAML (& hoặc *) ở đầu giá trị; hãy viết giá trị ra đầy đủ, hoặc đặt nó trong ngoặc kép',
  MISSING_CHAR: 'lỗi cú pháp YAML: thiếu dấu đóng (ngoặc kép " hoặc ngoặc vuông ]) ở dòng này',
  UNCLOSED_FLOW_SEQ: 'lỗi cú pháp YAML: danh sách mở bằng dấu "[" ở dòng này nhưng thiếu dấu "]" đóng; hãy thêm "]" vào cuối danh sách, trên cùng dòng, ví dụ: tags: [nêu gương, Nghệ An]',
  UNCLOSED_FLOW_MAP: 'lỗi cú pháp YAML: giá trị mở bằng dấu "{" ở dòng này nhưng thiếu dấu "}" đóng; hãy thêm "}" vào cuối, trên cùng dòng, hoặc bỏ cặp ngoặc và viết mỗi trường con trên một dòng riêng, lùi vào hai dấu cách',
  UNCLOSED_DOUBLE_QUOTE: 'lỗi cú pháp YAML: giá trị mở bằng dấu ngoặc kép " ở dòng này nhưng thiếu dấu " đóng; hãy thêm dấu " vào cuối giá trị, trên cùng dòng (dấu " nằm bên trong giá trị thì viết là \\")',
  UNCLOSED_SINGLE_QUOTE: 'lỗi cú pháp YAML: giá trị mở bằng dấu nháy đơn \' ở dòng này nhưng thiếu dấu \' đóng; hãy thêm dấu \' vào cuối giá trị, trên cùng dòng (dấu \' nằm bên trong giá trị thì viết hai lần: \'\'), hoặc dùng ngoặc kép " thay cho nháy đơn',
  INVISIBLE_AFTER_CLOSE: 'lỗi cú pháp YAML: ngay sau dấu đóng giá trị (ngoặc kép, nháy đơn hoặc ngoặc vuông) ở dòng này có một ký tự điều khiển vô hình, thường lọt vào khi dán từ tệp khác; hãy xóa nó: đặt con trỏ ngay sau dấu đóng rồi xóa hết tới cuối dòng',
  BAD_INDENT: 'lỗi cú pháp YAML: thụt lề không đều; các trường con phải lùi vào cùng một số dấu cách',
  TAB_AS_INDENT: 'lỗi cú pháp YAML: thụt lề bằng phím Tab; hãy dùng dấu cách',
  MULTILINE_IMPLICIT_KEY: 'lỗi cú pháp YAML: dòng này thiếu dấu hai chấm sau tên trường, hoặc giá trị bị xuống dòng; hãy viết "trường: giá trị" trên một dòng',
  BLOCK_AS_IMPLICIT_KEY: 'lỗi cú pháp YAML: dòng này thiếu dấu hai chấm sau tên trường; hãy viết "trường: giá trị"',
  UNEXPECTED_TOKEN: 'lỗi cú pháp YAML: có ký tự không đúng chỗ ở dòng này; nếu giá trị chứa dấu hai chấm hoặc bắt đầu bằng ký tự đặc biệt, hãy đặt nó trong ngoặc kép',
};

/**
 * Rules that need only the file itself: YAML, schema, folder, text, body.
 * Pure apart from checking that image files exist; never throws on any input.
 */
export function checkSource(collection: CollectionName, path: string, source: string, opts: CheckOptions): { entry: CheckedEntry; problems: Problem[]; pictures: string[] } {
  const pictures: string[] = [];
  const file = relative(opts.root, path).split(sep).join('/');
  const problems: Problem[] = [];
  const add = (line: number, field: string | undefined, message: string, rule: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line, field, message, rule, severity });
  const parsed = parseContentFile(source);
  const entry: CheckedEntry = { collection, id: slugFromPath(path), file, path, data: parsed.data, parsed };
  const bodyLine = (n: number) => parsed.bodyStartLine + n - 1;

  for (const e of parsed.yamlErrors) {
    add(e.line, undefined, YAML_MESSAGES[e.message] ?? 'lỗi cú pháp YAML; kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này', 'yaml');
  }
  if (parsed.data) {
    const placeholders = placeholderPaths(parsed.data);
    for (const p of placeholders) add(parsed.lineOf(p), fieldLabel(p), `còn chỗ "${PLACEHOLDER}"; hãy thay bằng nội dung thật`, 'placeholder');
    const isPlaceholder = (p: readonly (string | number)[]) => placeholders.some((q) => q.join('.') === p.join('.'));
    for (const m of schemaProblems(collection, parsed.data, dirname(path), pictures)) {
      if (isPlaceholder(m.path)) continue;
      const key = m.path[m.path.length - 1];
      const line = typeof key === 'string' && m.rule === 'required' ? parsed.lineOfKey(m.path.slice(0, -1), key) : parsed.lineOf(m.path);
      add(line, fieldLabel(m.path), m.message, m.rule);
    }
    if (collection === 'honourees') {
      const folder = relative(join(opts.contentDir, COLLECTION_DIRS.honourees), path).split(sep)[0] ?? '';
      const expected = HONOUREE_FOLDERS[folder];
      const kind = parsed.data['kind'];
      if (!expected) add(1, undefined, 'hồ sơ gương sáng phải nằm trong thư mục guong-sang/ca-nhan/ (cá nhân) hoặc guong-sang/tap-the/ (tập thể)', 'folder');
      else if ((kind === 'individual' || kind === 'collective') && kind !== expected) {
        add(parsed.lineOf(['kind']), 'kind', `tệp nằm trong thư mục ${folder}/ nhưng khai báo "${kind}"; hãy viết "${expected}" hoặc chuyển tệp sang thư mục đúng`, 'folder');
      }
    }
  }
  if (parsed.hasFrontMatter && !parsed.prose.trim()) add(parsed.bodyStartLine, undefined, 'phần nội dung bài đang trống; hãy viết nội dung sau dòng "---" thứ hai', 'empty-body');

  for (const t of [...textProblems(parsed.data, parsed.prose, collection), ...styleProblems(parsed.data, parsed.prose, collection)]) {
    const line = t.path ? parsed.lineOf(t.path) : bodyLine(t.bodyLine ?? 1);
    add(line, t.path ? fieldLabel(t.path) : undefined, t.message, t.rule, t.severity);
  }
  parsed.prose.split('\n').forEach((text, i) => {
    if (text.includes(PLACEHOLDER)) add(bodyLine(i + 1), undefined, `nội dung còn chỗ "${PLACEHOLDER}"; hãy thay bằng nội dung thật`, 'placeholder');
  });
  // What the body may contain (body-policy.ts): the same rules the renderer enforces.
  const body = bodyProblems(parsed.body, /\.mdx$/i.test(path) ? 'mdx' : 'md');
  for (const p of body.problems) add(bodyLine(p.line), undefined, p.message, p.rule, p.severity);
  entry.images = body.images.map((img) => ({ ...img, line: bodyLine(img.line) }));
  entry.videos = body.videos;
  for (const img of bodyImages(parsed.prose)) {
    if (!img.alt.trim()) add(bodyLine(img.line), undefined, `ảnh "${img.src}" trong bài thiếu mô tả (alt); hãy viết ![mô tả điều ảnh cho thấy](${img.src})`, 'image-alt');
  }
  return { entry, problems: dedupe(problems), pictures };
}

/** Paths of front-matter strings that still hold the scaffold's placeholder. */
function placeholderPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}

/** One problem per rule, line and field: a string can trip a rule only once. */
const dedupe = (problems: Problem[]) => {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}|${p.field}|${p.rule}|${p.message}`;
    return !seen.has(key) && (seen.add(key), true);
  });
};

function imageUses(e: CheckedEntry): ImageUse[] {
  const uses: ImageUse[] = [];
  for (const field of ['cover', 'portrait']) {
    const src = valueAtPath(e.data, [field, 'src']);
    if (typeof src === 'string' && src.trim()) uses.push({ path: [field, 'src'], src: src.trim(), isCover: field === 'cover' });
  }
  for (const img of e.images ?? []) uses.push({ path: undefined, bodyLine: img.line - e.parsed.bodyStartLine + 1, src: img.src, isCover: false });
  return uses;
}

/** Entries by collection, then by id (two files may claim one id). */
type IdIndex = Map<CollectionName, Map<string, CheckedEntry[]>>;

function idIndex(entries: readonly CheckedEntry[]): IdIndex {
  const ids: IdIndex = new Map();
  for (const e of entries) {
    const byId = ids.get(e.collection) ?? new Map<string, CheckedEntry[]>();
    byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
    ids.set(e.collection, byId);
  }
  return ids;
}

/** Two files, one URL. */
function duplicateSlugs(ids: IdIndex): Problem[] {
  const problems: Problem[] = [];
  for (const byId of ids.values()) {
    for (const [id, same] of byId) {
      if (same.length < 2) continue;
      for (const e of same) {
        const others = same.filter((o) => o !== e).map((o) => o.file).join(', ');
        problems.push({ file: e.file, line: 1, severity: 'error', rule: 'duplicate-slug', message: `địa chỉ (slug) "${id}" trùng với ${others}; hãy đổi tên một trong các tệp` });
      }
    }
  }
  return problems;
}

/** References to entries that do not exist, with the nearest ids as suggestions. */
function unknownReferences(entries: readonly CheckedEntry[], ids: IdIndex): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    if (!e.data) continue;
    for (const { field, collection } of REF_FIELDS) {
      const raw = e.data[field];
      const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
      list.forEach((ref, i) => {
        if (typeof ref !== 'string' || !ref.trim()) return;
        const known = ids.get(collection) ?? new Map();
        const id = ref.trim();
        if (known.has(id)) return;
        const near = closest(id, known.keys());
        const hint = near.length
          ? `; có phải ý bạn là: ${near.map((n) => `"${n}"`).join(', ')}?`
          : `; hãy dùng tên tệp (không có .md) của một ${COLLECTION_LABELS[collection]} có trong content/${COLLECTION_DIRS[collection]}/`;
        const path = Array.isArray(raw) ? [field, i] : [field];
        problems.push({ file: e.file, line: e.parsed.lineOf(path), field: fieldLabel(path), severity: 'error', rule: 'unknown-reference', message: `không có ${COLLECTION_LABELS[collection]} nào mang mã "${id}"${hint}` });
      });
    }
  }
  return problems;
}

/** Tags that differ from an existing tag only by case or diacritics: suggest the common spelling. */
function tagVariants(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const spellings = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const tags = e.data?.['tags'];
    if (!Array.isArray(tags)) continue;
    for (const t of tags) {
      if (typeof t !== 'string') continue;
      const counts = spellings.get(slugify(t)) ?? new Map<string, number>();
      counts.set(t.normalize('NFC'), (counts.get(t.normalize('NFC')) ?? 0) + 1);
      spellings.set(slugify(t), counts);
    }
  }
  for (const e of entries) {
    const tags = e.data?.['tags'];
    if (!Array.isArray(tags)) continue;
    tags.forEach((t, i) => {
      if (typeof t !== 'string') return;
      const counts = [...(spellings.get(slugify(t)) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const preferred = counts[0]?.[0];
      if (preferred && counts.length > 1 && t.normalize('NFC') !== preferred) {
        problems.push({ file: e.file, line: e.parsed.lineOf(['tags', i]), field: fieldLabel(['tags', i]), severity: 'warning', rule: 'tag-variant', message: `tag "${t}" chỉ khác tag đã có "${preferred}" ở chữ hoa hoặc dấu; hãy viết "${preferred}" để hai tag là một` });
      }
    });
  }

  return problems;
}

/** <Ref id="…"> in bodies must name an entry of some collection. */
function unknownRefTags(entries: readonly CheckedEntry[], ids: IdIndex): Problem[] {
  const problems: Problem[] = [];
  const allIds = new Set([...ids.values()].flatMap((m) => [...m.keys()]));
  for (const e of entries) {
    e.parsed.prose.split('\n').forEach((text, i) => {
      for (const m of text.matchAll(/<Ref\b[^>]*\bid=["']([^"']*)["']/g)) {
        const id = m[1]!.trim();
        if (allIds.has(id)) continue;
        const near = closest(id, allIds);
        problems.push({ file: e.file, line: e.parsed.bodyStartLine + i, severity: 'error', rule: 'unknown-reference', message: `<Ref id="${id}"> không trỏ tới bài nào${near.length ? `; có phải ý bạn là: ${near.map((n) => `"${n}"`).join(', ')}?` : '; hãy dùng tên tệp (không có .md) của văn bản, gương sáng, hội nghị hoặc bài viết'}` });
      }
    });
  }

  return problems;
}

/** Document codes in story bodies that name no directive on the site. */
function unknownDirectiveCodes(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const index = new DirectiveIndex(
    entries.filter((e) => e.collection === 'directives' && e.data).map((e) => ({
      id: e.id,
      code: String(e.data!['code'] ?? ''),
      aliases: Array.isArray(e.data!['aliases']) ? (e.data!['aliases'] as unknown[]).map(String) : [],
      province: typeof e.data!['province'] === 'string' ? e.data!['province'] : undefined,
    })),
  );
  for (const e of entries) {
    const province = typeof e.data?.['province'] === 'string' ? e.data['province'] : undefined;
    e.parsed.prose.split('\n').forEach((text, i) => {
      for (const code of findCodes(text, { spoken: false })) {
        if (index.resolve(code, province)) continue;
        const many = index.candidates(code);
        if (many.length > 1) {
          // Two provinces' Tỉnh ủy both issued a 05-CT/TU: the body cannot say which.
          problems.push({ file: e.file, line: e.parsed.bodyStartLine + i, severity: 'warning', rule: 'ambiguous-directive-code', message: `văn bản "${code.text}" có ở ${many.length} văn bản trên trang (${many.join(', ')}) nên không được liên kết; hãy ghi "province:" cho các văn bản đó (bài có cùng tỉnh sẽ liên kết đúng văn bản của tỉnh mình), hoặc dùng <Ref id="…"> để chỉ rõ văn bản nào` });
          continue;
        }
        problems.push({ file: e.file, line: e.parsed.bodyStartLine + i, severity: 'warning', rule: 'unknown-directive-code', message: `bài nhắc tới văn bản "${code.text}" nhưng trang chưa có văn bản này; hãy thêm nó vào content/van-ban/ (hoặc thêm cách viết này vào aliases của văn bản đã có) để có liên kết` });
      }
    });
  }
  return problems;
}

/** The rules across files: they run on every check, remembered files included. */
function collectionProblems(entries: readonly CheckedEntry[]): Problem[] {
  const ids = idIndex(entries);
  return [...duplicateSlugs(ids), ...unknownReferences(entries, ids), ...tagVariants(entries), ...unknownRefTags(entries, ids), ...unknownDirectiveCodes(entries)];
}

/** Checks every content file; returns all problems at once, sorted by file and line. */
export async function checkContent(opts: CheckOptions): Promise<CheckResult> {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const memory = new CheckMemory(opts.cacheDir);
  for (const collection of Object.keys(COLLECTION_DIRS) as CollectionName[]) {
    for (const path of listContentFiles(join(opts.contentDir, COLLECTION_DIRS[collection]))) {
      const bytes = readFileSync(path);
      const file = relative(opts.root, path).split(sep).join('/');
      const hash = fileHash(`${collection}\u0000${file}`, bytes);
      const known = memory.recall(file, hash, dirname(path));
      if (known) {
        const source = bytes.toString('utf8');
        entries.push({ collection, id: slugFromPath(path), file, path, data: known.data, parsed: rememberedParse(source, known.data), ...(known.images && { images: known.images }), ...(known.videos && { videos: known.videos }) });
        problems.push(...known.problems);
        continue;
      }
      // A file saved as UTF-16 or UTF-32 gets one problem naming its encoding, and no other rule.
      const encoding = detectTextEncoding(bytes);
      const r = checkSource(collection, path, encoding === 'utf-8' ? bytes.toString('utf8') : '', opts);
      const found = encoding === 'utf-8' ? r.problems : [{ file: r.entry.file, line: 1, severity: 'error' as const, rule: 'encoding', message: encodingMessage(encoding) }];
      entries.push(r.entry);
      problems.push(...found);
      memory.keep(file, hash, { problems: found, data: r.entry.data, images: r.entry.images, videos: r.entry.videos, pictures: r.pictures });
    }
  }
  problems.push(...collectionProblems(entries));
  for (const e of entries) {
    for (const p of await imageProblems(imageUses(e), dirname(e.path))) {
      const line = p.use.path ? e.parsed.lineOf(p.use.path) : e.parsed.bodyStartLine + (p.use.bodyLine ?? 1) - 1;
      problems.push({ file: e.file, line, field: p.use.path ? fieldLabel(p.use.path) : undefined, severity: p.severity ?? 'error', rule: p.rule, message: p.message });
    }
  }
  memory.save();
  return { problems: sortProblems(problems), entries };
}

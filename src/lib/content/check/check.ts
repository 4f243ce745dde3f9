/**
 * The content check: the same zod schemas as the build plus the rules Astro does
 * not enforce (references, duplicate slugs, folders). `npm run check` and the
 * build's content guard both call `checkContent`, so they always agree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema, conferenceSchema, directiveSchema, honoureeSchema, nfc, type SchemaDeps } from '../schema.ts';
import { COLLECTION_DIRS, type CollectionName } from '../../site/content-dir.ts';
import { slugFromPath } from '../../vi/slug.ts';
import { closest } from '../../text/closest.ts';
import { parseContentFile, type ParsedFile } from './frontmatter.ts';
import { issueMessage } from './zod-messages.ts';
import { fieldLabel, sortProblems, type Problem } from './problems.ts';

const SCHEMAS: Record<CollectionName, (deps: SchemaDeps) => z.ZodType> = {
  directives: directiveSchema,
  conferences: conferenceSchema,
  honourees: honoureeSchema,
  articles: articleSchema,
};

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
  file: string;
  data: Record<string, unknown> | undefined;
  parsed: ParsedFile;
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
}

function listContentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listContentFiles(path));
    else if (/\.mdx?$/i.test(name)) out.push(path);
  }
  return out;
}

/** Schema dependencies for one file: image paths must exist next to it; references are plain ids. */
const checkerDeps = (fileDir: string): SchemaDeps => ({
  image: () =>
    z.string().trim().min(1).superRefine((src, ctx) => {
      if (!existsSync(resolve(fileDir, src))) ctx.addIssue({ code: 'custom', message: 'image:missing', params: { image: 'missing' }, input: src });
    }),
  ref: () => z.string().trim().min(1),
});

const valueAtPath = (data: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

/** Keys the strict object at `path` accepts, for "did you mean" suggestions. */
function allowedKeysOf(schema: z.ZodType, data: unknown, path: readonly (string | number)[]): string[] {
  // Walk through wrappers (preprocess pipes, optional, default) to the object, array or union inside.
  const unwrap = (s: unknown, at: readonly (string | number)[]): unknown => {
    const def = defOf(s);
    if (!def) return s;
    if (def.type === 'pipe') return unwrap(def['in'] && defOf(def['out'])?.type !== 'transform' ? def['out'] : def['in'], at);
    if (['optional', 'default', 'nullable', 'prefault'].includes(def.type)) return unwrap(def['innerType'], at);
    if (def.type === 'union') {
      const kind = valueAtPath(data, [...at, 'kind']);
      const options = def['options'] as z.ZodObject[];
      const match = options.find((o) => (defOf(o.shape?.['kind'])?.['values'] as unknown[] | undefined)?.includes(kind));
      return unwrap(match ?? options[0], at);
    }
    return s;
  };
  let s = unwrap(schema, []);
  for (let i = 0; i < path.length; i++) {
    const def = defOf(s);
    if (def?.type === 'array') s = unwrap(def['element'], path.slice(0, i + 1));
    else if (def?.type === 'object') s = unwrap((s as z.ZodObject).shape[String(path[i])], path.slice(0, i + 1));
    else return [];
  }
  return defOf(s)?.type === 'object' ? Object.keys((s as z.ZodObject).shape) : [];
}

function checkFile(collection: CollectionName, path: string, opts: CheckOptions): { entry: CheckedEntry; problems: Problem[] } {
  const file = relative(opts.root, path).split(sep).join('/');
  const problems: Problem[] = [];
  const add = (line: number, field: string | undefined, message: string, rule: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line, field, message, rule, severity });
  const parsed = parseContentFile(readFileSync(path, 'utf8'));
  const entry: CheckedEntry = { collection, id: slugFromPath(path), file, data: undefined, parsed };

  for (const e of parsed.yamlErrors) {
    if (e.message === 'missing-front-matter') add(1, undefined, 'thiếu phần thông tin đầu bài (front matter); tệp phải mở đầu bằng một dòng "---", các trường, rồi một dòng "---"', 'yaml');
    else if (e.message === 'not-a-map') add(e.line, undefined, 'phần thông tin đầu bài phải là các dòng "trường: giá trị"', 'yaml');
    else if (e.message === 'DUPLICATE_KEY') add(e.line, undefined, 'một trường được viết hai lần; hãy giữ lại một', 'yaml');
    else add(e.line, undefined, `lỗi cú pháp YAML (${e.message}); kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này`, 'yaml');
  }
  if (!parsed.data) return { entry, problems };
  entry.data = parsed.data;

  const schema = nfc(SCHEMAS[collection](checkerDeps(dirname(path))));
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const m of issueMessage(issue, (p) => valueAtPath(parsed.data, p), (p) => allowedKeysOf(schema, parsed.data, p))) {
        const key = m.path[m.path.length - 1];
        const line = typeof key === 'string' && m.rule === 'required' ? parsed.lineOfKey(m.path.slice(0, -1), key) : parsed.lineOf(m.path);
        add(line, fieldLabel(m.path), m.message, m.rule);
      }
    }
  }

  if (collection === 'honourees') {
    const folder = relative(join(opts.contentDir, COLLECTION_DIRS.honourees), path).split(sep)[0] ?? '';
    const expected = HONOUREE_FOLDERS[folder];
    const kind = parsed.data['kind'];
    if (!expected) add(1, undefined, 'hồ sơ gương sáng phải nằm trong thư mục guong-sang/ca-nhan/ (cá nhân) hoặc guong-sang/tap-the/ (tập thể)', 'folder');
    else if (typeof kind === 'string' && (kind === 'individual' || kind === 'collective') && kind !== expected) {
      add(parsed.lineOf(['kind']), 'kind', `tệp nằm trong thư mục ${folder}/ nhưng khai báo "${kind}"; hãy viết "${expected}" hoặc chuyển tệp sang thư mục đúng`, 'folder');
    }
  }
  if (!parsed.body.trim()) add(parsed.body ? parsed.lineOf([]) : 1, undefined, 'phần nội dung bài đang trống; hãy viết nội dung sau dòng "---" thứ hai', 'empty-body');
  return { entry, problems };
}

/** Checks every content file; returns all problems at once, sorted by file and line. */
export function checkContent(opts: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  for (const collection of Object.keys(COLLECTION_DIRS) as CollectionName[]) {
    for (const path of listContentFiles(join(opts.contentDir, COLLECTION_DIRS[collection]))) {
      const r = checkFile(collection, path, opts);
      entries.push(r.entry);
      problems.push(...r.problems);
    }
  }

  const ids = new Map<CollectionName, Map<string, CheckedEntry[]>>();
  for (const e of entries) {
    const byId = ids.get(e.collection) ?? new Map<string, CheckedEntry[]>();
    byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
    ids.set(e.collection, byId);
  }
  for (const byId of ids.values()) {
    for (const [id, same] of byId) {
      if (same.length < 2) continue;
      for (const e of same) {
        const others = same.filter((o) => o !== e).map((o) => o.file).join(', ');
        problems.push({ file: e.file, line: 1, severity: 'error', rule: 'duplicate-slug', message: `địa chỉ (slug) "${id}" trùng với ${others}; hãy đổi tên một trong các tệp` });
      }
    }
  }

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
        const hint = near.length ? `; có phải ý bạn là: ${near.map((n) => `"${n}"`).join(', ')}?` : `; hãy dùng tên tệp (không có .md) của một ${COLLECTION_LABELS[collection]} có trong content/${COLLECTION_DIRS[collection]}/`;
        const path = Array.isArray(raw) ? [field, i] : [field];
        problems.push({
          file: e.file,
          line: e.parsed.lineOf(path),
          field: fieldLabel(path),
          severity: 'error',
          rule: 'unknown-reference',
          message: `không có ${COLLECTION_LABELS[collection]} nào mang mã "${id}"${hint}`,
        });
      });
    }
  }
  return { problems: sortProblems(problems), entries };
}

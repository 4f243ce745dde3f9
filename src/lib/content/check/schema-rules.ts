/** Front matter against the build's own zod schemas, with editor-facing messages. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema, conferenceSchema, directiveSchema, honoureeSchema, nfc, type SchemaDeps } from '../schema.ts';
import type { CollectionName } from '../collections.ts';
import { issueMessage, type IssueMessage } from './zod-messages.ts';

const SCHEMAS: Record<CollectionName, (deps: SchemaDeps) => z.ZodType> = {
  directives: directiveSchema,
  conferences: conferenceSchema,
  honourees: honoureeSchema,
  articles: articleSchema,
};

/** Picture paths the schema checks during one `schemaProblems` call (schemas are shared by a folder's files). */
let picturesSeen: string[] | undefined;

/** Schema dependencies for one file: image paths must exist next to it; references are plain ids. */
const checkerDeps = (fileDir: string): SchemaDeps => ({
  image: () =>
    z.string().trim().min(1).superRefine((src, ctx) => {
      picturesSeen?.push(src);
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

const schemas = new Map<string, z.ZodType>();
/**
 * The schema for files of `collection` in `fileDir`, built once per folder: image paths
 * resolve against the folder, and building a zod schema costs more than using it.
 */
function schemaFor(collection: CollectionName, fileDir: string): z.ZodType {
  const key = `${collection}\u0000${fileDir}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = nfc(SCHEMAS[collection](checkerDeps(fileDir)))));
  return schema;
}

/** Every schema problem of one entry's front matter; the picture paths it checked are added to `pictures`. */
export function schemaProblems(collection: CollectionName, data: Record<string, unknown>, fileDir: string, pictures?: string[]): IssueMessage[] {
  const schema = schemaFor(collection, fileDir);
  picturesSeen = pictures;
  let result;
  try {
    result = schema.safeParse(data, { reportInput: true });
  } finally {
    picturesSeen = undefined;
  }
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issueMessage(issue, (p) => valueAtPath(data, p), (p) => allowedKeysOf(schema, data, p)),
  );
}

export { valueAtPath };

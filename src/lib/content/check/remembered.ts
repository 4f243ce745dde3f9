/**
 * What the content check found in each file the last time, so a build after
 * one edit checks one file instead of ten thousand (parsing YAML and running
 * the text rules is most of the check's time). A file's findings are reused
 * only when its bytes, its path and the check's own code (every module under
 * src/lib, and the locked dependencies) are what they were, and when the
 * pictures its front matter names still exist. Rules across files (references,
 * duplicate addresses, tag spellings, directive codes) always run again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blankComments, splitFrontMatter, parseContentFile, type ParsedFile } from './frontmatter.ts';
import type { BodyImage, VideoFix } from './body-rules.ts';
import type { Problem } from './problems.ts';

/** A file's findings as kept between checks. */
export interface RememberedFile {
  problems: Problem[];
  data: Record<string, unknown> | undefined;
  images: BodyImage[] | undefined;
  videos: VideoFix[] | undefined;
  /** Pictures named in the front matter, relative to the file: checked to exist again. */
  pictures: string[];
}

interface Store {
  code: string;
  files: Record<string, { hash: string; found: RememberedFile }>;
}

/**
 * Digest of the check's code: every TypeScript file under src/lib and the project's package
 * files (the versions of yaml, zod and the Markdown parser), or undefined when the code is not
 * where it was written (a bundled copy): then nothing is remembered.
 */
function codeDigest(): string | undefined {
  const lib = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const packages = ['package.json', 'package-lock.json'].map((f) => join(lib, '../..', f));
  if (!existsSync(join(lib, 'content', 'check', 'remembered.ts')) || !existsSync(packages[0]!)) return undefined;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(path.slice(lib.length)).update(readFileSync(path));
    }
  };
  walk(lib);
  for (const f of packages) if (existsSync(f)) hash.update(f.slice(-20)).update(readFileSync(f));
  return hash.digest('hex');
}

export const fileHash = (file: string, bytes: Buffer): string => createHash('sha256').update(file).update('\u0000').update(bytes).digest('hex');

/**
 * A ParsedFile for a file whose findings are remembered: its data from memory, its body split
 * off without reading the YAML, which is parsed only if a line number is asked for.
 */
export function rememberedParse(source: string, data: Record<string, unknown> | undefined): ParsedFile {
  let full: ParsedFile | undefined;
  const parse = () => (full ??= parseContentFile(source));
  const split = splitFrontMatter(source);
  return {
    data,
    body: split.body,
    firstLine: split.hasFrontMatter ? 2 : 1,
    get yamlErrors() {
      return parse().yamlErrors;
    },
    lineOf: (path) => parse().lineOf(path),
    lineOfKey: (parent, key) => parse().lineOfKey(parent, key),
    hasFrontMatter: split.hasFrontMatter,
    bodyStartLine: split.bodyStartLine,
    prose: blankComments(split.body),
  };
}

/** The memory of one check run: read at the start, written at the end with the files seen. */
export class CheckMemory {
  private readonly file: string | undefined;
  private readonly code: string | undefined;
  private readonly before: Store['files'] = {};
  private readonly now: Store['files'] = {};
  private changed = false;

  /** `cacheDir` undefined: nothing is remembered. */
  constructor(cacheDir: string | undefined) {
    this.code = cacheDir ? codeDigest() : undefined;
    this.file = cacheDir && this.code ? join(cacheDir, 'gs-content-check.json') : undefined;
    if (!this.file) return;
    try {
      const store = JSON.parse(readFileSync(this.file, 'utf8')) as Store;
      if (store.code === this.code) this.before = store.files;
    } catch {
      // No memory yet, or unreadable: every file is checked.
    }
  }

  /** The findings for `file` with these bytes, if remembered and its pictures are all still there. */
  recall(file: string, hash: string, dir: string): RememberedFile | undefined {
    const kept = this.before[file];
    // A miss is checked again and kept (`keep`), which marks the memory changed.
    if (!kept || kept.hash !== hash || !kept.found.pictures.every((p) => existsSync(resolve(dir, p)))) return undefined;
    this.now[file] = kept;
    return kept.found;
  }

  keep(file: string, hash: string, found: RememberedFile): void {
    if (!this.file) return;
    // Data that JSON cannot carry as it is (infinite numbers…) is not remembered.
    let exact = true;
    JSON.stringify(found.data, (_, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) exact = false;
      return v;
    });
    if (exact) this.now[file] = { hash, found };
    this.changed = true;
  }

  /** Writes what this run saw (files gone since are forgotten), beside and renamed. */
  save(): void {
    if (!this.file || !this.code) return;
    if (!this.changed && Object.keys(this.before).length === Object.keys(this.now).length) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ code: this.code, files: this.now } satisfies Store));
    renameSync(tmp, this.file);
  }
}

/**
 * `npm run new -- <hoi-nghi|van-ban|ca-nhan|tap-the|bai-viet> "Tiêu đề"`:
 * writes a new entry with every field present, and never overwrites a file nor
 * makes a second file with the slug (the URL) of an existing one.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SCAFFOLD_TYPES, ScaffoldError, collectionFolder, sameSlugFile, sameSlugMessage, scaffold, type Scaffold, type ScaffoldType } from '../src/lib/content/scaffold.ts';
import { contentDir } from '../src/lib/site/content-dir.ts';

const [type, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const usage = `Cách dùng: npm run new -- <${SCAFFOLD_TYPES.join('|')}> "Tiêu đề bài"`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

if (!type || !(SCAFFOLD_TYPES as readonly string[]).includes(type) || !title) {
  fail(type && !(SCAFFOLD_TYPES as readonly string[]).includes(type) ? `Loại "${type}" không có. ${usage}` : usage, 2);
}
let entry: Scaffold;
try {
  entry = scaffold(type as ScaffoldType, title, new Date());
} catch (err) {
  fail(
    err instanceof ScaffoldError
      ? err.code === 'empty-title'
        ? `${err.message} ${usage}`
        : err.message
      : `Không tạo được bài: ${err instanceof Error ? err.message : String(err)}`,
    2,
  );
}
const root = contentDir();
const path = join(root, entry.path);
const shown = (p: string) => relative(process.cwd(), p);

// Content files of the collection, relative to the content folder.
const folder = join(root, collectionFolder(type as ScaffoldType));
const files = existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((f) => `${collectionFolder(type as ScaffoldType)}/${f}`) : [];
const existing = sameSlugFile(type as ScaffoldType, entry.slug, files);
if (existing || existsSync(path)) {
  fail(sameSlugMessage(shown(join(root, existing ?? entry.path)), shown(path), entry.slug), 1);
}
try {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, entry.text, { flag: 'wx' });
} catch (err) {
  // Never a stack trace for editors: say what failed in one line.
  const code = (err as NodeJS.ErrnoException).code;
  fail(
    code === 'EEXIST'
      ? sameSlugMessage(shown(path), shown(path), entry.slug)
      : `Không ghi được tệp ${shown(path)} (${code ?? (err instanceof Error ? err.message : String(err))}). Hãy kiểm tra thư mục content/ rồi thử lại.`,
    1,
  );
}
console.log(`Đã tạo ${shown(path)}`);
for (const note of entry.notes) console.log(note);
console.log(`Hãy điền các chỗ "CẦN ĐIỀN", xóa dòng "draft: true" khi sẵn sàng, rồi chạy: npm run check`);

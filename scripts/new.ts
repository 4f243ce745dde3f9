/**
 * `npm run new -- <hoi-nghi|van-ban|ca-nhan|tap-the|bai-viet> "Tiêu đề"`:
 * writes a new entry with every field present, and never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SCAFFOLD_TYPES, scaffold, type ScaffoldType } from '../src/lib/content/scaffold.ts';
import { contentDir } from '../src/lib/site/content-dir.ts';

const [type, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const usage = `Cách dùng: npm run new -- <${SCAFFOLD_TYPES.join('|')}> "Tiêu đề bài"`;

if (!type || !(SCAFFOLD_TYPES as readonly string[]).includes(type) || !title) {
  console.error(type && !(SCAFFOLD_TYPES as readonly string[]).includes(type) ? `Loại "${type}" không có. ${usage}` : usage);
  process.exit(2);
}
let entry;
try {
  entry = scaffold(type as ScaffoldType, title, new Date());
} catch {
  console.error(`Tiêu đề "${title}" không tạo được tên tệp (cần có chữ hoặc số). ${usage}`);
  process.exit(2);
}
const path = join(contentDir(), entry.path);
const shown = relative(process.cwd(), path);
if (existsSync(path)) {
  console.error(`Tệp ${shown} đã có; không ghi đè. Hãy mở tệp đó, hoặc chọn tiêu đề khác.`);
  process.exit(1);
}
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, entry.text, { flag: 'wx' });
console.log(`Đã tạo ${shown}`);
console.log(`Hãy điền các chỗ "CẦN ĐIỀN", xóa dòng "draft: true" khi sẵn sàng, rồi chạy: npm run check`);

/**
 * `npm run build`: builds into a staging folder and swaps it in only when the
 * whole build succeeded, so a failure at any step (content check, MDX syntax,
 * rendering, indexing) leaves the previous dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INDEX_LATER_ENV } from '../src/integrations/search-index.ts';

const target = resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${target}.staging-${process.pid}`;
const old = `${target}.old-${process.pid}`;
const astro = join(import.meta.dirname, '..', 'node_modules', '.bin', 'astro');

// Astro builds the pages and exits; the search index is then built by a process of its own,
// so the two never hold their memory at the same time.
const built = spawnSync(astro, ['build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, OUT_DIR: staging, [INDEX_LATER_ENV]: '1' } });
const force = process.argv.includes('--force') ? ['--force'] : [];
const r = built.status === 0 ? spawnSync(process.execPath, [join(import.meta.dirname, 'index-search.ts'), staging, ...force], { stdio: 'inherit', env: process.env }) : built;
if (r.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(existsSync(target) ? `\nDựng trang không thành công; bản cũ trong ${target} vẫn giữ nguyên.` : '\nDựng trang không thành công.');
  process.exit(r.status ?? 1);
}
if (existsSync(target)) renameSync(target, old);
renameSync(staging, target);
rmSync(old, { recursive: true, force: true });
console.log(`Đã dựng xong: ${target}`);

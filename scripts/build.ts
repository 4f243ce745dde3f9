/**
 * `npm run build`: builds into a staging folder and swaps it in only when the
 * whole build succeeded, so a failure at any step (content check, MDX syntax,
 * rendering, indexing) leaves the previous dist/ exactly as it was.
 *
 * The staging folder is inside the project, wherever OUT_DIR points. Astro 7 puts
 * its prerender chunks inside the output folder when it thinks that folder is in
 * the project, and decides so with a bare string prefix (`getOutDirWithinCwd` in
 * astro/dist/core/build/common.js): from a checkout at …/guong-sang, an OUT_DIR of
 * …/guong-sang-dist passes that test, the chunks land outside the project, and
 * they cannot import the project's packages. Inside the project, they always can.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { INDEX_LATER_ENV } from '../src/integrations/search-index.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(process.env.OUT_DIR ?? 'dist');
const staging = join(root, 'node_modules', '.cache', 'gs-build', `dist-${process.pid}`);
const old = `${target}.old-${process.pid}`;
const astro = join(root, 'node_modules', '.bin', 'astro');

/** Moves a folder, copying when it must cross file systems. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

mkdirSync(dirname(staging), { recursive: true });
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
mkdirSync(dirname(target), { recursive: true });
if (existsSync(target)) renameSync(target, old);
move(staging, target);
rmSync(old, { recursive: true, force: true });
console.log(`Đã dựng xong: ${target}`);

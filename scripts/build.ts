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
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { INDEX_LATER_ENV } from '../src/integrations/search-index.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(process.env.OUT_DIR ?? 'dist');
const staging = join(root, 'node_modules', '.cache', 'gs-build', `dist-${process.pid}`);
const old = `${target}.old-${process.pid}`;
const astro = join(root, 'node_modules', '.bin', 'astro');

/**
 * Brings the staged site next to the target: a rename, or, across file systems, a copy to a
 * folder beside the target first, so that the swap itself is two renames either way.
 */
function besideTarget(): string {
  try {
    renameSync(staging, fresh);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(staging, fresh, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
  return fresh;
}

/** Staging folders of builds that are no longer running (killed halfway). */
function removeStale(): void {
  for (const name of existsSync(dirname(staging)) ? readdirSync(dirname(staging)) : []) {
    const pid = Number(/^dist-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(join(dirname(staging), name), { recursive: true, force: true });
    }
  }
}

const fresh = `${target}.new-${process.pid}`;
removeStale();
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
try {
  besideTarget();
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  rmSync(fresh, { recursive: true, force: true });
  console.error(`\nKhông chép được bản dựng tới ${target} (${(error as Error).message}); bản cũ vẫn giữ nguyên.`);
  process.exit(1);
}
if (existsSync(target)) renameSync(target, old);
renameSync(fresh, target);
rmSync(old, { recursive: true, force: true });
console.log(`Đã dựng xong: ${target}`);

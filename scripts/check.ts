/**
 * `npm run check`: checks all content with the build's own rules and prints every
 * problem, one line each; exit 1 if any is an error. `--json` for tools.
 * `--fix` first applies the safe fixes and says what it changed.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkContent, listContentFiles } from '../src/lib/content/check/check.ts';
import { detectTextEncoding } from '../src/lib/content/check/encoding.ts';
import { fixSource } from '../src/lib/content/check/fix.ts';
import { fixVideoEmbeds } from '../src/lib/content/check/video-fix.ts';
import { formatProblem, hasErrors, summary } from '../src/lib/content/check/problems.ts';
import { readDirectiveRefs } from '../src/lib/content/directive-refs.ts';
import { cacheDirFor, contentDir } from '../src/lib/site/content-dir.ts';
import { DirectiveIndex } from '../src/lib/vi/directive-code.ts';

const json = process.argv.includes('--json');
const fix = process.argv.includes('--fix');
const root = process.cwd();

function applyFixes(): number {
  const refs = readDirectiveRefs(contentDir());
  const index = new DirectiveIndex(refs);
  const ids = new Set(refs.map((r) => r.id));
  let files = 0;
  for (const path of listContentFiles(contentDir())) {
    const bytes = readFileSync(path);
    // A UTF-16 file read as UTF-8 is garbage: leave it for the check to name its encoding.
    if (detectTextEncoding(bytes) !== 'utf-8') continue;
    const source = bytes.toString('utf8');
    const fixed = fixSource(source, index, ids);
    let video = fixVideoEmbeds(fixed.text, path.endsWith('.mdx'));
    const mdxPath = path.replace(/\.md$/, '.mdx');
    // A Markdown file given a <Video> becomes MDX, but never over another file.
    if (video.extension && existsSync(mdxPath)) video = { text: fixed.text, changes: [] };
    const target = video.extension ? mdxPath : path;
    const text = video.text;
    const changes = [...fixed.changes, ...video.changes];
    if (!changes.length || text === source) continue;
    // Write beside, then rename: an interrupted fix never leaves half a file.
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, target);
    if (target !== path) rmSync(path);
    files++;
    if (!json) for (const c of changes) console.log(`${relative(root, path)} — đã sửa: ${c}`);
  }
  return files;
}

try {
  const fixed = fix ? applyFixes() : 0;
  const { problems, entries } = await checkContent({ root, contentDir: contentDir(), cacheDir: cacheDirFor(contentDir()) });
  if (json) {
    process.stdout.write(JSON.stringify({ files: entries.length, fixedFiles: fixed, problems }, null, 2) + '\n');
  } else {
    for (const p of problems) console.log(formatProblem(p));
    if (fix) console.log(fixed ? `Đã sửa ${fixed} tệp.` : 'Không có gì cần sửa tự động.');
    console.log(summary(problems, entries.length));
  }
  process.exitCode = hasErrors(problems) ? 1 : 0;
} catch (err) {
  // Never a stack trace for editors: say what failed in one line.
  console.error(`Không chạy được bước kiểm tra: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}

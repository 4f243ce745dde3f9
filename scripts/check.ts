/**
 * `npm run check`: checks all content with the build's own rules and prints every
 * problem, one line each. Exit 1 if any is an error. `--json` for tools.
 */
import { checkContent } from '../src/lib/content/check/check.ts';
import { formatProblem, hasErrors, summary } from '../src/lib/content/check/problems.ts';
import { contentDir } from '../src/lib/site/content-dir.ts';

const json = process.argv.includes('--json');
try {
  const { problems, entries } = await checkContent({ root: process.cwd(), contentDir: contentDir() });
  if (json) {
    process.stdout.write(JSON.stringify({ files: entries.length, problems }, null, 2) + '\n');
  } else {
    for (const p of problems) console.log(formatProblem(p));
    console.log(summary(problems, entries.length));
  }
  process.exitCode = hasErrors(problems) ? 1 : 0;
} catch (err) {
  // Never a stack trace for editors: say what failed in one line.
  console.error(`Không chạy được bước kiểm tra: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}

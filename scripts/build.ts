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
 *
 * Stopping a build (Ctrl+C, SIGTERM, SIGHUP — to this process or to its process
 * group) stops its steps too: each step runs as a process group of its own (Astro
 * with Vite's esbuild, the index step with Pagefind's binary), the signal is passed
 * on to the whole group (SIGKILL if it is still there 5 s later), the staging folder
 * is removed and the build exits non-zero, dist/ untouched. What a build killed
 * outright (SIGKILL, power cut) leaves — its staging folder, `dist.new-<pid>` /
 * `dist.old-<pid>` beside the target, `dist.staging-<pid>` of older versions of this
 * script — is removed by the next build (and a target lost between the two renames
 * of a swap is put back from `dist.old-<pid>`).
 *
 * What the steps print is shown as it comes, except stack traces and code frames;
 * from the first error on, only the content check's own lines. When the build
 * fails, its errors are told in the editors' words, by content file and line
 * (src/lib/content/build-errors.ts), and the whole raw output is left in a log file
 * (node_modules/.cache/gs-build/loi-dung-trang-<time>.log) whose path is printed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { INDEX_LATER_ENV } from '../src/integrations/search-index.ts';
import { explainBuildOutput, formatBuildProblem, outputFilter } from '../src/lib/content/build-errors.ts';
import { contentDir } from '../src/lib/site/content-dir.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(process.env.OUT_DIR ?? 'dist');
const work = join(root, 'node_modules', '.cache', 'gs-build');
/**
 * The staging folder, one per target and the same on every build: Astro's incremental build
 * reuses a page only when the code that renders it hashes the same, and that hash changes
 * with the output folder's path. A lock file holds the building process's id.
 */
const staging = join(work, `dist-${createHash('sha256').update(target).digest('hex').slice(0, 12)}`);
const lock = `${staging}.lock`;
const fresh = `${target}.new-${process.pid}`;
const old = `${target}.old-${process.pid}`;
const astro = join(root, 'node_modules', '.bin', 'astro');
/** Error logs kept in `work`, newest first. */
const KEEP_LOGS = 10;
const LOG_PREFIX = 'loi-dung-trang-';
/** Raw output kept for the log and the explanation: the start and the end of a very long one. */
const MAX_CAPTURE = 16 * 1024 * 1024;

/** A process that is no longer running (EPERM: running, as another user). */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

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

/**
 * Staging folders of builds that are no longer running (killed halfway): the per-process
 * folders of earlier versions of this script, and any stable one whose lock is not held.
 */
function removeStale(): void {
  for (const name of existsSync(work) ? readdirSync(work) : []) {
    const pid = Number(/^dist-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && gone(pid)) rmSync(join(work, name), { recursive: true, force: true });
    const stable = /^dist-[0-9a-f]{12}$/.test(name) ? join(work, name) : undefined;
    if (stable && holder(`${stable}.lock`) === undefined) rmSync(stable, { recursive: true, force: true });
  }
}

/** The live process holding a lock file, if any. */
function holder(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return pid && pid !== process.pid && !gone(pid) ? pid : undefined;
}

/** Takes the target's lock, or stops: two builds of one target would share its staging folder. */
function takeLock(): void {
  const other = holder(lock);
  if (other !== undefined) {
    console.error(`Một lần dựng trang khác vào ${target} đang chạy (tiến trình ${other}); hãy đợi nó xong rồi chạy lại.`);
    process.exit(1);
  }
  writeFileSync(lock, String(process.pid));
  process.on('exit', () => {
    if (existsSync(lock) && readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSync(lock, { force: true });
  });
}

/**
 * What killed builds left beside the target: `<target>.new-<pid>` (a finished build not yet
 * swapped in), `<target>.old-<pid>` (the build before it, while swapping), and the
 * `<target>.staging-<pid>` folders of older versions of this script. A target missing
 * while an `.old-` folder is there was lost between the swap's two renames: put back.
 */
function removeLeftovers(): void {
  const dir = dirname(target);
  if (!existsSync(dir)) return;
  const pattern = new RegExp(`^${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(new|old|staging)-(\\d+)$`);
  const left = readdirSync(dir).flatMap((name) => {
    const m = pattern.exec(name);
    const pid = Number(m?.[2]);
    return m && pid !== process.pid && gone(pid) ? [{ name, kind: m[1]! }] : [];
  });
  const previous = left.find((l) => l.kind === 'old');
  if (previous && !existsSync(target)) {
    renameSync(join(dir, previous.name), target);
    console.log(`Đã khôi phục bản dựng trước vào ${target} (lần dựng trước bị dừng giữa chừng).`);
  }
  for (const l of left) rmSync(join(dir, l.name), { recursive: true, force: true });
}

/**
 * Removes the site a build replaced. At 10,000 stories that is 25,000 files and about 13 s,
 * which the editor need not wait for: the new site is already in place, so a process of its
 * own removes the old one after this build has exited. The folder is named `<target>.old-<pid>`
 * with this build's id: should the removal not finish, the next build removes it (removeLeftovers).
 * Where no `rm` can be started (Windows), it is removed here.
 */
function removeLater(folder: string): void {
  if (!existsSync(folder)) return;
  if (process.platform !== 'win32') {
    try {
      const child = spawn('rm', ['-rf', folder], { detached: true, stdio: 'ignore' });
      child.on('error', () => rmSync(folder, { recursive: true, force: true }));
      child.unref();
      return;
    } catch {
      // Removed below.
    }
  }
  rmSync(folder, { recursive: true, force: true });
}

/** Old error logs beyond the newest KEEP_LOGS. */
function pruneLogs(): void {
  const logs = existsSync(work) ? readdirSync(work).filter((n) => n.startsWith(LOG_PREFIX) && n.endsWith('.log')) : [];
  for (const name of logs.sort().reverse().slice(KEEP_LOGS)) rmSync(join(work, name), { force: true });
}

// ——— Running the steps ———

const SIGNAL_CODES: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
let running: number | undefined;
let stopping: NodeJS.Signals | undefined;
let swapping = false;
const captured: string[] = [];
let capturedSize = 0;
let dropped = 0;
/** Some step printed an error, its report withheld from the terminal (on success too: kept in a log). */
let erred = false;

/** Sends a signal to a step's whole process group (it leads one). */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function capture(text: string): void {
  if (capturedSize > MAX_CAPTURE) {
    // Keep the first half and the latest output: the error is at the end.
    while (capturedSize > MAX_CAPTURE / 2 && captured.length > 1) {
      const [removed] = captured.splice(Math.floor(captured.length / 2), 1);
      capturedSize -= removed!.length;
      dropped += removed!.length;
    }
  }
  captured.push(text);
  capturedSize += text.length;
}

/** Passes a child stream's lines on to the terminal through the filter, and keeps them all. */
function relay(stream: NodeJS.ReadableStream, out: NodeJS.WriteStream, show: (line: string) => boolean): Promise<void> {
  let rest = '';
  stream.setEncoding('utf8');
  const emit = (line: string) => {
    capture(`${line}\n`);
    if (show(line)) out.write(`${line}\n`);
  };
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) emit(line);
  });
  return new Promise((done) =>
    stream.on('end', () => {
      if (rest) emit(rest);
      done();
    }),
  );
}

/** Runs one step as a process group of its own; resolves with its exit code (null: by a signal). */
async function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const show = outputFilter();
  const streams = Promise.all([relay(child.stdout, process.stdout, show), relay(child.stderr, process.stderr, show)]);
  running = child.pid;
  // A signal that came while the step was starting.
  if (stopping && child.pid) signalGroup(child.pid, stopping);
  const code = await new Promise<number | null>((done) => {
    child.on('error', (error) => {
      capture(`${error.stack ?? error.message}\n`);
      done(1);
    });
    child.on('exit', (c) => {
      // Whatever the step left running in its group (it should leave nothing) ends with it.
      if (child.pid) signalGroup(child.pid, 'SIGKILL');
      done(c);
    });
  });
  await streams;
  erred ||= show.failing;
  running = undefined;
  return code;
}

function onSignal(signal: NodeJS.Signals): void {
  if (swapping) return; // two renames, done in an instant: the build is finished
  if (stopping) {
    // Asked again: no more waiting.
    if (running) signalGroup(running, 'SIGKILL');
    return;
  }
  stopping = signal;
  if (running) {
    signalGroup(running, signal);
    const pid = running;
    setTimeout(() => signalGroup(pid, 'SIGKILL'), 5000).unref();
  } else stopped();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
// A terminal that went away (SIGHUP) fails every write: the build still stops its steps and cleans up.
for (const out of [process.stdout, process.stderr]) out.on('error', () => undefined);

/** Stopped by a signal: nothing of this build is left, dist/ untouched. */
function stopped(): never {
  rmSync(staging, { recursive: true, force: true });
  rmSync(fresh, { recursive: true, force: true });
  console.error(existsSync(target) ? `\nĐã dừng dựng trang; bản cũ trong ${target} vẫn giữ nguyên.` : '\nĐã dừng dựng trang.');
  process.exit(128 + (SIGNAL_CODES[stopping ?? 'SIGTERM'] ?? 15));
}

/** The raw output, written to a new log file; its path. */
function writeLog(): string {
  mkdirSync(work, { recursive: true });
  const file = join(work, `${LOG_PREFIX}${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`);
  const note = dropped ? `[… ${dropped} ký tự ở giữa đã được lược bớt …]\n` : '';
  writeFileSync(file, `${captured.slice(0, 1).join('')}${note}${captured.slice(1).join('')}`);
  pruneLogs();
  return file;
}

/** Where an image is used: the first content file naming it, and the line. */
function usedBy(image: string): { file: string; line: number } | undefined {
  const dir = contentDir();
  const name = basename(image);
  for (const f of contentFiles()) {
    let text: string;
    try {
      if (statSync(join(dir, f)).size > 4 * 1024 * 1024) continue;
      text = readFileSync(join(dir, f), 'utf8');
    } catch {
      continue;
    }
    const i = text.indexOf(name);
    if (i >= 0) return { file: join(dir, f), line: text.slice(0, i).split('\n').length };
  }
  return undefined;
}

/** Content files, relative to the content folder. */
const contentFiles = (): string[] => (readdirSync(contentDir(), { recursive: true }) as string[]).filter((f) => /\.(?:mdx?|ya?ml|json)$/.test(f)).sort();

/** The line of `file` that first holds `text`. */
function lineOf(file: string, text: string): number | undefined {
  try {
    const body = readFileSync(file, 'utf8');
    const i = body.indexOf(text);
    return i < 0 ? undefined : body.slice(0, i).split('\n').length;
  } catch {
    return undefined;
  }
}

/**
 * The entry of a page the build failed to render: /bai-viet/x/ → bai-viet/x.md(x); a share
 * image /anh-chia-se/hoi-nghi/y.jpg → hoi-nghi/y.md(x), at its cover line, as is a page that
 * failed on a picture it does not name (`picture`). Else by its slug.
 */
function entryForRoute(route: string, picture: boolean): { file: string; line: number } | undefined {
  const dir = contentDir();
  const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  let path = route.startsWith(base) ? route.slice(base.length) : route.replace(/^\/+/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // As printed.
  }
  const share = path.startsWith('anh-chia-se/');
  path = path
    .replace(/^anh-chia-se\//, '')
    .replace(/\.(?:jpe?g|png|webp|avif)$/, '')
    .replace(/\/(?:index\.html)?$/, '');
  const slug = path.split('/').pop();
  const file =
    ['.mdx', '.md'].map((ext) => join(dir, `${path}${ext}`)).find((f) => existsSync(f)) ??
    contentFiles()
      .map((f) => join(dir, f))
      .find((f) => /\.mdx?$/.test(f) && basename(f).replace(/\.mdx?$/, '') === slug);
  if (!file) return undefined;
  const cover = share || picture ? lineOf(file, '\ncover:') : undefined;
  return { file, line: cover === undefined ? 1 : cover + 1 };
}

/** A failed step: the errors in the editors' words, the log's path, dist/ untouched. */
function failed(code: number | null): never {
  rmSync(staging, { recursive: true, force: true });
  const log = writeLog();
  let problems: string[] = [];
  try {
    problems = explainBuildOutput(captured.join(''), { root, contentDir: contentDir(), usedBy, entryForRoute, lineOf }).map(formatBuildProblem);
  } catch {
    // The log holds everything; an explanation that fails must not hide it.
  }
  if (problems.length) console.error(`\n${problems.join('\n')}`);
  console.error(`\nChi tiết kỹ thuật (cho bộ phận kỹ thuật): ${relative(process.cwd(), log).startsWith('..') ? log : relative(process.cwd(), log).split(sep).join('/')}`);
  console.error(existsSync(target) ? `Dựng trang không thành công; bản cũ trong ${target} vẫn giữ nguyên.` : 'Dựng trang không thành công.');
  process.exit(code || 1);
}

mkdirSync(work, { recursive: true });
takeLock();
removeStale();
removeLeftovers();
rmSync(staging, { recursive: true, force: true });
// Colours as in a terminal when there is one: the children write to pipes.
const colour = process.stdout.isTTY && !process.env['NO_COLOR'] ? { FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' } : {};
// Astro builds the pages and exits; the search index is then built by a process of its own,
// so the two never hold their memory at the same time.
// Astro under this very Node (the one npm scripts use), whatever `node` the PATH finds first.
const built = await run(process.execPath, [realpathSync(astro), 'build', ...process.argv.slice(2)], { ...process.env, ...colour, OUT_DIR: staging, [INDEX_LATER_ENV]: '1' });
if (stopping) stopped();
if (built !== 0) failed(built);
const force = process.argv.includes('--force') ? ['--force'] : [];
const indexed = await run(process.execPath, [join(import.meta.dirname, 'index-search.ts'), staging, ...force], { ...process.env, ...colour });
if (stopping) stopped();
if (indexed !== 0) failed(indexed);

swapping = true;
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
removeLater(old);
// An error report that did not stop the build (withheld from the terminal from its first line): kept.
if (erred) console.log(`(Có thông báo lỗi kỹ thuật không làm hỏng bản dựng; chi tiết: ${writeLog()})`);
console.log(`Đã dựng xong: ${target}`);
process.exit(0);

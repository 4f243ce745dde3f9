import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent } from '../../../src/lib/content/check/check.ts';
import { formatProblem } from '../../../src/lib/content/check/problems.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** The valid fixture content with every malformed file beside it: problems of every kind, across files too. */
function site(): { dir: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gs-check-memory-'));
  cpSync(join(FIXTURES, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(FIXTURES, 'malformed'), join(dir, 'content'), { recursive: true });
  return { dir, cacheDir: join(dir, 'cache') };
}
const run = async (dir: string, cacheDir?: string) => {
  const r = await checkContent({ root: dir, contentDir: join(dir, 'content'), cacheDir });
  return { problems: r.problems.map(formatProblem), entries: r.entries.map((e) => [e.file, JSON.stringify(e.data), e.parsed.bodyStartLine, e.parsed.prose] as const) };
};

describe('the content check remembers unchanged files', () => {
  it('finds exactly what a check from scratch finds, problems and entries alike', async () => {
    const { dir, cacheDir } = site();
    const scratch = await run(dir);
    expect(scratch.problems.length).toBeGreaterThan(20);
    const first = await run(dir, cacheDir);
    expect(readFileSync(join(cacheDir, 'gs-content-check.json'), 'utf8').length).toBeGreaterThan(1000);
    const second = await run(dir, cacheDir);
    expect(first).toEqual(scratch);
    expect(second).toEqual(scratch);
  });

  it('checks a changed file again, and rules across files see a new file', async () => {
    const { dir, cacheDir } = site();
    const before = await run(dir, cacheDir);
    // The honouree an unchanged story names, added: its unknown-reference error goes.
    const honouree = join(dir, 'content/guong-sang/ca-nhan');
    const someone = readdirSync(honouree).find((f) => f.endsWith('.md'))!;
    cpSync(join(honouree, someone), join(honouree, 'nguyen-van-mao.md'));
    // A story's body emptied: a new error comes.
    const file = join(dir, 'content/bai-viet/nhap-co-loi.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.indexOf('\n---', 3) + 5));
    const after = await run(dir, cacheDir);
    expect(after).toEqual(await run(dir));
    expect(after.problems.some((p) => p.includes('nhap-co-loi.md') && p.includes('trống'))).toBe(true);
    expect(after.problems.some((p) => p.includes('tham-chieu-sai.md'))).toBe(false);
    expect(before.problems.some((p) => p.includes('tham-chieu-sai.md'))).toBe(true);
  });

  it('notices a cover picture taken away although the story file is unchanged', async () => {
    const { dir, cacheDir } = site();
    const before = await run(dir, cacheDir);
    const anh = join(dir, 'content/hoi-nghi/anh');
    renameSync(anh, `${anh}-cu`);
    const after = await run(dir, cacheDir);
    expect(after).toEqual(await run(dir));
    expect(after.problems.length).toBeGreaterThan(before.problems.length);
    rmSync(`${anh}-cu`, { recursive: true });
  });

  it('forgets everything when the check’s code is not the one that wrote the memory', async () => {
    const { dir, cacheDir } = site();
    await run(dir, cacheDir);
    const path = join(cacheDir, 'gs-content-check.json');
    const store = JSON.parse(readFileSync(path, 'utf8')) as { code: string; files: Record<string, { found: { problems: unknown[] } }> };
    // A memory whose findings were written by other code: a false finding planted in it must not show.
    for (const f of Object.values(store.files)) f.found.problems = [{ file: 'x.md', line: 1, severity: 'error', rule: 'planted', message: 'planted' }];
    writeFileSync(path, JSON.stringify({ ...store, code: 'other' }));
    expect((await run(dir, cacheDir)).problems.some((p) => p.includes('planted'))).toBe(false);
  });
});

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check/check.ts';
import { formatProblem, hasErrors, type Problem } from '../../../src/lib/content/check/problems.ts';
import { contentWithHostile, hostileFiles } from '../../support/hostile.ts';
import { HOSTILE_CASES } from './hostile-cases.ts';

let dir: string;
let problems: Problem[];
beforeAll(async () => {
  dir = await contentWithHostile();
  // Not hostile, only large: a warning, never an error.
  writeFileSync(
    join(dir, 'bai-viet/anh-rat-rong.md'),
    (await import('node:fs')).readFileSync(join(dir, 'bai-viet/anh-bia-cut.md'), 'utf8').replace('./anh/bi-cat.jpg', './anh/rat-rong.jpg').replace('anh-bia-cut', 'anh-rat-rong'),
  );
  ({ problems } = await checkContent({ root: dir, contentDir: dir }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile and careless files: the check stops each with its line and what to write instead', () => {
  it('covers at least 40 cases, every fixture file listed', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(HOSTILE_CASES.map(([f]) => f).sort()).toEqual(hostileFiles());
  });

  for (const [file, expected] of HOSTILE_CASES) {
    it(file, () => {
      const mine = problems.filter((p) => p.file === file);
      expect(mine.map(formatProblem)).toEqual(expected);
      expect(hasErrors(mine)).toBe(true);
      for (const p of mine) expect(p.message).not.toMatch(/\n|\bat \w+ \(|undefined|Expected|Unexpected|received/);
    });
  }

  it('the valid files beside them draw no error', () => {
    const others = problems.filter((p) => !hostileFiles().includes(p.file) && p.file !== 'bai-viet/anh-rat-rong.md');
    expect(others.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a picture over 6,000 px on a side is a warning only', () => {
    const mine = problems.filter((p) => p.file === 'bai-viet/anh-rat-rong.md');
    expect(mine.map((p) => [p.severity, p.rule, p.line])).toEqual([['warning', 'image-very-large', 10]]);
    expect(mine[0]!.message).toContain('rộng 6.500 × cao 700 px');
  });
});

import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkContent, checkSource } from '../../../src/lib/content/check/check.ts';
import { formatProblem, type Problem } from '../../../src/lib/content/check/problems.ts';
import type { CollectionName } from '../../../src/lib/content/collections.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const COLLECTION_OF: Record<string, CollectionName> = { 'van-ban': 'directives', 'hoi-nghi': 'conferences', 'guong-sang': 'honourees', 'bai-viet': 'articles' };

/** Seeded so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const seedsOf = (set: string): { rel: string; text: string }[] =>
  readdirSync(join(FIXTURES, set), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => ({ rel: f, text: readFileSync(join(FIXTURES, set, f), 'utf8') }));
const malformed = seedsOf('malformed');
const MALFORMED = new Set(malformed);
const seeds = [...seedsOf('content'), ...malformed];

const NOISE = [':', '"', "'", '[', ']', '{', '}', '-', '---', '\t', '\n', '  ', '#', '&', '*', '!', '|', '>', '%', 'đ', 'Ữ', '\u0301', '\u0007', '\uFEFF', '\u0000', 'null', '~', '2019-02-30', '99999999999', '<Ref id="x">', '![](./x.jpg)', '<Figure>'];
const VALUES = ['', '[]', '{}', 'null', 'true', '42', '-1.5', '2019-07-20', '"32/13/2019"', '[a, [b, {c: d}]]', '{a: 1}', '|\n  khối\n  nhiều dòng', '!!binary AAAA', '&a [*a]', '*nope', 'x'.repeat(5000)];

function mutate(text: string, rand: () => number): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  let out = text;
  const ops = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < ops; k++) {
    const at = Math.floor(rand() * (out.length + 1));
    const lines = out.split('\n');
    const li = Math.floor(rand() * lines.length);
    switch (Math.floor(rand() * 6)) {
      case 0: out = out.slice(0, at) + pick(NOISE) + out.slice(at); break;
      case 1: out = out.slice(0, at) + out.slice(at + 1 + Math.floor(rand() * 8)); break;
      case 2: lines.splice(li, 0, lines[li] ?? ''); out = lines.join('\n'); break;
      case 3: lines.splice(li, 1); out = lines.join('\n'); break;
      case 4: lines[li] = (lines[li] ?? '').replace(/:.*$/, `: ${pick(VALUES)}`); out = lines.join('\n'); break;
      default: out = out.split('').reverse().slice(0, Math.floor(rand() * 40)).reverse().join('') + out; break;
    }
  }
  return out;
}

function randomDoc(rand: () => number): string {
  const keys = ['title', 'sapo', 'kind', 'code', 'tags', 'directives', 'honourees', 'cover', 'publishedAt', 'speakers', 'honours', 'draft', 'x'];
  const lines = Array.from({ length: Math.floor(rand() * 12) }, () => `${keys[Math.floor(rand() * keys.length)]}: ${VALUES[Math.floor(rand() * VALUES.length)]}`);
  return `---\n${lines.join('\n')}\n---\n${rand() < 0.5 ? '' : 'Thân bài 08-QĐ/TW <Ref id="a" />'}`;
}

const wellFormed = (p: Problem) => {
  const line = formatProblem(p);
  return p.line >= 1 && p.message.length > 0 && !/\n\s+at |Error:|undefined|\[object|received/i.test(line);
};

describe('checker fuzzing', () => {
  it('never throws, hangs or leaks internals on thousands of mutated and random files', () => {
    const rand = prng(20190720);
    const root = FIXTURES;
    const opts = { root, contentDir: join(root, 'content') };
    const refuses = (rel: string, source: string) => {
      const { problems } = checkSource(COLLECTION_OF[rel.split('/')[0]!]!, join(root, 'content', rel), source, opts);
      for (const p of problems) expect(wellFormed(p), formatProblem(p)).toBe(true);
      return problems.some((p) => p.severity === 'error');
    };
    // The well-formed fixture files, as they are, pass: a refusal below is the mutation's doing.
    const valid = seeds.filter((s) => !MALFORMED.has(s));
    expect(valid.length).toBeGreaterThan(5);
    for (const s of valid) expect(refuses(s.rel, s.text), s.rel).toBe(false);
    /** Random front matter, and mutations of fixture files: how many of each the check refused. */
    const refused = { random: 0, randomAll: 0, mutated: 0, mutatedAll: 0 };
    for (let i = 0; i < 3000; i++) {
      const seed = seeds[i % seeds.length]!;
      const random = i % 4 === 3;
      const error = refuses(seed.rel, random ? randomDoc(rand) : mutate(seed.text, rand));
      if (random) {
        refused.randomAll++;
        if (error) refused.random++;
      } else {
        refused.mutatedAll++;
        if (error) refused.mutated++;
      }
    }
    // The check really checked: a random front matter never has every required field, and
    // most mutations break a file; yet it is no blanket refusal (some mutations are harmless,
    // such as a repeated blank line). Seeded, so these counts are the same on every run.
    expect(refused.random).toBe(refused.randomAll);
    expect(refused.mutated).toBeGreaterThan(refused.mutatedAll * 0.8);
    expect(refused.mutated).toBeLessThan(refused.mutatedAll);
  });

  it('checks whole folders of mutated files, relations included, without throwing', async () => {
    const rand = prng(4725);
    for (let round = 0; round < 8; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'gs-fuzz-'));
      for (const s of seeds) {
        const target = join(dir, s.rel);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, rand() < 0.5 ? mutate(s.text, rand) : s.text);
      }
      const { problems } = await checkContent({ root: dir, contentDir: dir });
      for (const p of problems) expect(wellFormed(p), formatProblem(p)).toBe(true);
    }
  });
});

/**
 * Runs tests/search/queries.tsv against a built site: the query layer
 * (SearchEngine) and, for comparison, Pagefind 1.6 on its own (default
 * indexing of the same HTML, the query passed as typed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import { loadPagefind, openTiered } from '../../src/lib/search/node-pagefind.ts';

export interface QueryCase {
  line: number;
  category: string;
  query: string;
  expected: string;
  missing: string[];
  /** Words the first result's excerpt must mark, and (`not`) must not. */
  marks: { must: string[]; not: string[] };
}

export interface CaseResult extends QueryCase {
  /** 1-based rank of the expected page; 0 when absent. */
  rank: number;
  top: string[];
  reportedMissing: string[];
  /** The tier whose results came first. */
  tier: string;
  /** Words the first result's excerpt marks. */
  marked: string[];
  baselineRank: number;
  baselineTop: string;
}

export function readCases(file = join(import.meta.dirname, 'queries.tsv')): QueryCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() && !text.startsWith('#'))
    .map(({ text, line }) => {
      const [category = '', query = '', expected = '', missing = '', marks = ''] = text.split('\t');
      const q = category === 'nfd' ? query.normalize('NFD') : query;
      const list = (x: string) =>
        x
          .split(',')
          .map((m) => m.trim())
          .filter(Boolean);
      return {
        line,
        category,
        query: q,
        expected,
        missing: list(missing),
        marks: {
          must: list(marks).filter((m) => !m.startsWith('!')),
          not: list(marks)
            .filter((m) => m.startsWith('!'))
            .map((m) => m.slice(1)),
        },
      };
    });
}

/** A default Pagefind index of `distDir`, written to `outputPath`: what Pagefind does on its own. */
export async function buildBaselineIndex(distDir: string, outputPath: string): Promise<void> {
  const { index } = await pagefindNode.createIndex({});
  if (!index) throw new Error('Pagefind could not create an index');
  const r = await index.addDirectory({ path: distDir, glob: '{bai-viet,hoi-nghi,van-ban,guong-sang}/**/*.html' });
  if (r.errors.length) throw new Error(r.errors.join('\n'));
  await index.writeFiles({ outputPath });
  await pagefindNode.close();
}

const path = (url: string) => new URL(url, 'https://x').pathname;

export async function evaluate(cases: readonly QueryCase[], bundleDir: string, baselineDir: string): Promise<CaseResult[]> {
  const ours = openTiered(bundleDir);
  const baseline = await loadPagefind(baselineDir);
  const out: CaseResult[] = [];
  try {
    for (const c of cases) {
      const outcome = await ours.search.search(c.query);
      // The first 50 of the list as the page shows it: headline results, then full text.
      const cards = await ours.search.cards(outcome, 0, 50);
      const urls = cards.map((h) => path(h.url));
      const raw = await baseline.search(c.query);
      const baselineUrls: string[] = [];
      for (const r of raw.results.slice(0, 50)) baselineUrls.push(path((await r.data()).url));
      out.push({
        ...c,
        rank: urls.indexOf(c.expected) + 1,
        top: urls.slice(0, 3),
        tier: outcome.tier,
        marked: (cards[0]?.excerpt ?? []).filter((s) => s.mark).map((s) => s.text),
        reportedMissing: outcome.missing,
        baselineRank: baselineUrls.indexOf(c.expected) + 1,
        baselineTop: baselineUrls[0] ?? '',
      });
    }
  } finally {
    await ours.destroy();
    await baseline.destroy();
  }
  return out;
}

export interface Summary {
  queries: number;
  successAt1: number;
  inTop3: number;
  baselineSuccessAt1: number;
  baselineInTop3: number;
  byCategory: Record<string, { n: number; ours: number; pagefind: number }>;
}

export function summarise(results: readonly CaseResult[]): Summary {
  const share = (f: (r: CaseResult) => boolean) => results.filter(f).length / results.length;
  const byCategory: Summary['byCategory'] = {};
  for (const r of results) {
    const c = (byCategory[r.category] ??= { n: 0, ours: 0, pagefind: 0 });
    c.n++;
    if (r.rank === 1) c.ours++;
    if (r.baselineRank === 1) c.pagefind++;
  }
  return {
    queries: results.length,
    successAt1: share((r) => r.rank === 1),
    inTop3: share((r) => r.rank >= 1 && r.rank <= 3),
    baselineSuccessAt1: share((r) => r.baselineRank === 1),
    baselineInTop3: share((r) => r.baselineRank >= 1 && r.baselineRank <= 3),
    byCategory,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
export function formatSummary(s: Summary): string {
  const lines = [
    `queries: ${s.queries}`,
    `query layer:   success@1 ${pct(s.successAt1)}, in top 3 ${pct(s.inTop3)}`,
    `Pagefind 1.6:  success@1 ${pct(s.baselineSuccessAt1)}, in top 3 ${pct(s.baselineInTop3)}`,
    '',
    '| category | queries | query layer @1 | Pagefind alone @1 |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(s.byCategory).map(([k, v]) => `| ${k} | ${v.n} | ${v.ours} | ${v.pagefind} |`),
  ];
  return lines.join('\n');
}

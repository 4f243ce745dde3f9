/**
 * Measures an alternative for the queries only the full text answers: a third
 * index holding every pair of adjacent syllables of every story's body (the
 * headline tier's pair words, headline-words.ts), one record per story, each pair
 * once. Reports its build time, size and what the four full-text-only queries of
 * the search benchmark cost on it, against the full-text index they use today.
 *
 *   node scripts/bench-body-pairs.ts [--stories 10000] [--full <dist>/pagefind]
 *
 * Not part of the site: it answers "would a body-pair tier beat the engine?"
 * (BENCHMARKS.md, "Search at 10,000 stories").
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { generateCorpus } from './lib/corpus.ts';
import { foldWord, pairWord, textWords } from '../src/lib/search/headline-words.ts';
import { loadPagefind } from '../src/lib/search/node-pagefind.ts';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20240501' }, full: { type: 'string' } } });

/** The four queries of the search benchmark that no headline answers, as typed and as body pairs. */
const QUERIES: [string, string][] = [
  ['tiep dan', 'zztiepdan'],
  ['đường dây nóng', 'zzduongdayz zzdaynong'],
  ['xyzzy không có', 'zzkhongco'],
  ['ddaor ddacs', 'zzdaodac'],
];

const scratch = mkdtempSync(join(tmpdir(), 'gs-body-pairs-'));
const out = `${scratch}-index`;
try {
  generateCorpus(scratch, { stories: Number(values.stories), seed: Number(values.seed) });
  const files = readdirSync(scratch, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '2000';
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  let postings = 0;
  for (const file of files) {
    const body = readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---');
    const words = textWords(body).map(foldWord).filter(Boolean);
    const pairs = new Set(words.slice(1).map((w, i) => pairWord(words[i]!, w)));
    postings += pairs.size;
    await index!.addCustomRecord({ url: `/${file.slice(scratch.length + 1)}`, content: [...pairs].join(' '), language: 'vi', meta: { title: file.slice(-40) } });
  }
  await index!.writeFiles({ outputPath: out });
  await pagefind.close();
  const seconds = (performance.now() - started) / 1000;
  let bytes = 0;
  for (const e of readdirSync(out, { recursive: true, withFileTypes: true })) if (e.isFile()) bytes += readFileSync(join(e.parentPath, e.name)).length;
  console.log(`body-pair index: ${files.length} stories, ${postings.toLocaleString('en')} pairs, ${(bytes / 1e6).toFixed(1)} MB, built in ${seconds.toFixed(1)} s`);

  const time = async (pf: Awaited<ReturnType<typeof loadPagefind>>, q: string) => {
    const t = performance.now();
    const r = await pf.search(q);
    await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    return { ms: performance.now() - t, pages: r.results.length };
  };
  const pairs = await loadPagefind(out);
  await pairs.search('zzkhoidong');
  const full = values.full ? await loadPagefind(values.full) : undefined;
  await full?.search('khởi động');
  for (const [typed, asked] of QUERIES) {
    const p = await time(pairs, asked);
    const f = full ? await time(full, typed) : undefined;
    console.log(
      `  "${typed}": body pairs ${p.ms.toFixed(0)} ms, ${p.pages} stories hold the words together` +
        (f ? `; full text (as typed, one reading) ${f.ms.toFixed(0)} ms, ${f.pages} pages` : ''),
    );
  }
  await pairs.destroy();
  await full?.destroy();
} finally {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}

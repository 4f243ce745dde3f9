/**
 * `npm run search -- "dao duc toan"`: searches the built site (dist/, or OUT_DIR)
 * with the same query layer as the search page (headline tier first, full text
 * when needed), in Node, and prints the top results and which tier answered. Options: --json (for tools), --limit N (default 10), --dist DIR,
 * --newest (sort by date), --type|--section|--province|--year|--directive|--tag VALUE.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { excerptText } from '../src/lib/search/excerpt.ts';
import { FILTER_KEYS } from '../src/lib/search/fields.ts';
import { openTiered } from '../src/lib/search/node-pagefind.ts';
import type { Filters } from '../src/lib/search/pagefind-types.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    limit: { type: 'string', default: '10' },
    dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    newest: { type: 'boolean', default: false },
    ...Object.fromEntries(FILTER_KEYS.map((k) => [k, { type: 'string' as const }])),
  },
});
const query = positionals.join(' ').trim();
const limit = Math.max(1, Number.parseInt(String(values.limit), 10) || 10);
const bundle = join(String(values.dist), 'pagefind');

if (!query) {
  console.error('Cách dùng: npm run search -- "từ khóa" [--json] [--limit N] [--newest] [--type "Văn bản"] [--dist thư-mục]');
  process.exit(2);
}
if (!existsSync(join(bundle, 'pagefind.js'))) {
  console.error(`Chưa có chỉ mục tìm kiếm ở ${bundle}/: hãy chạy "npm run build" trước.`);
  process.exit(2);
}

const filters: Filters = {};
for (const k of FILTER_KEYS) {
  const v = (values as Record<string, unknown>)[k];
  if (typeof v === 'string' && v) filters[k] = v.normalize('NFC');
}

const { search, destroy } = openTiered(bundle);
try {
  const outcome = await search.search(query, { filters: Object.keys(filters).length ? filters : undefined, sort: values.newest ? 'date' : 'relevance' });
  const cards = await search.cards(outcome, 0, limit);
  const count = await search.count(outcome);
  const tierName = outcome.tier === 'headline' ? 'tiêu đề và thông tin chính' : 'toàn văn';
  if (values.json) {
    const out = {
      query: outcome.query.text,
      understood: outcome.understood,
      tier: outcome.tier,
      total: count.total,
      headline: count.headline,
      more: count.more,
      missing: outcome.missing,
      ms: Math.round(outcome.ms * 10) / 10,
      results: cards.map((h, i) => ({
        rank: i + 1,
        tier: h.tier,
        url: h.url,
        title: h.title,
        type: h.type,
        date: h.date,
        excerpt: excerptText(h.excerpt, '', ''),
        marked: h.excerpt.filter((s) => s.mark).map((s) => s.text),
      })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const meant = outcome.understood !== outcome.query.text ? ` (hiểu là “${outcome.understood}”)` : '';
    const more = count.more ? ' (còn có thể tìm thêm trong toàn văn)' : '';
    console.log(`Tìm “${outcome.query.text}”${meant}: ${count.total} kết quả${more}, trả lời từ ${tierName}, ${outcome.ms.toFixed(0)} ms.`);
    if (outcome.missing.length) console.log(`Không trang nào có: ${outcome.missing.map((w) => `“${w}”`).join(', ')}.`);
    cards.forEach((h, i) => {
      const date = h.date.slice(0, 10).split('-').reverse().join('/');
      console.log(
        `\n${String(i + 1).padStart(2)}. [${h.type}] ${date}  ${h.title}  (${h.tier === 'headline' ? 'tiêu đề' : 'toàn văn'})\n    ${h.url}\n    ${excerptText(h.excerpt, '«', '»')}`,
      );
    });
  }
} finally {
  await destroy();
}

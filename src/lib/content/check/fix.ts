/**
 * `npm run check -- --fix`: only changes that cannot alter what a story says —
 * NFC, invisible characters, stray whitespace in front matter, and directive codes
 * written where ids belong.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { describeInvisible, findInvisible, INVISIBLE } from './text-rules.ts';
import type { DirectiveIndex } from '../../vi/directive-code.ts';
import { findCodes, parseCode } from '../../vi/directive-code.ts';

export interface FixResult {
  text: string;
  /** What changed, in Vietnamese, one item per change. */
  changes: string[];
}

const FENCE = /^---\s*$/;

/** "101- QĐ/TW" → "101-QĐ/TW": no spaces around a code's separators. */
const tidyCode = (code: string) => code.replace(/\s*([-/])\s*/g, '$1').trim();

// One pass over the lines with every fix in turn, kept whole so the order the fixes apply in stays visible.
export function fixSource(source: string, index: DirectiveIndex, directiveIds: ReadonlySet<string>): FixResult {
  const changes: string[] = [];
  let text = source;
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    changes.push('bỏ ký tự BOM ở đầu tệp');
  }
  const invisible = findInvisible(text);
  if (invisible.length) {
    const found = [...text.matchAll(INVISIBLE)];
    const lines = new Set<number>();
    let line = 1;
    let from = 0;
    for (const m of found) {
      for (let i = text.indexOf('\n', from); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
      from = m.index;
      lines.add(line);
    }
    text = text.replace(INVISIBLE, '');
    changes.push(`xóa ${found.length} ký tự vô hình ${invisible.map(describeInvisible).join(', ')} ở dòng ${[...lines].slice(0, 10).join(', ')}${lines.size > 10 ? ' …' : ''}`);
  }
  if (text !== text.normalize('NFC')) {
    text = text.normalize('NFC');
    changes.push('chuẩn hóa chữ có dấu về dạng NFC');
  }
  const lines = text.split('\n');
  const end = FENCE.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
  if (end < 0) return { text, changes };

  for (let i = 1; i < end; i++) {
    const trimmed = lines[i]!.replace(/[ \t\u00A0]+$/, '');
    if (trimmed !== lines[i]) {
      lines[i] = trimmed;
      changes.push(`bỏ khoảng trắng thừa ở cuối dòng ${i + 1}`);
    }
  }

  const doc = parseDocument(lines.slice(1, end).join('\n'));
  if (doc.errors.length || !isMap(doc.contents)) return { text: lines.join('\n'), changes };
  let docChanged = false;

  const directives = doc.get('directives', true);
  if (isSeq(directives)) {
    directives.items.forEach((item, i) => {
      if (!isScalar(item) || typeof item.value !== 'string' || directiveIds.has(item.value)) return;
      const code = parseCode(item.value);
      const id = code?.written ? index.resolve(code) : undefined;
      if (!id) return;
      changes.push(`directives (mục ${i + 1}): "${item.value}" → "${id}"`);
      item.value = id;
      docChanged = true;
    });
  }
  for (const field of ['code', 'aliases']) {
    const node = doc.get(field, true);
    const scalars = isScalar(node) ? [node] : isSeq(node) ? node.items.filter(isScalar) : [];
    for (const s of scalars) {
      if (typeof s.value !== 'string' || !findCodes(s.value, { spoken: false }).length) continue;
      const tidy = tidyCode(s.value);
      if (tidy !== s.value) {
        changes.push(`${field}: "${s.value}" → "${tidy}"`);
        s.value = tidy;
        docChanged = true;
      }
    }
  }
  const front = docChanged ? doc.toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n') : lines.slice(1, end);
  return { text: [lines[0]!, ...front, ...lines.slice(end)].join('\n'), changes };
}

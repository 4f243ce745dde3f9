/** Splits a content file into front matter and body, keeping line numbers for every field. */
import { LineCounter, parseDocument, isMap, isScalar, visit, type Document } from 'yaml';

export interface ParsedFile {
  /** Front matter as plain data (dates stay strings), or undefined if it could not be read. */
  data: Record<string, unknown> | undefined;
  body: string;
  /** 1-based line of the first front-matter line (after the opening ---). */
  firstLine: number;
  /** YAML problems: line and a short description. */
  yamlErrors: { line: number; message: string }[];
  /** Line of the value at a path, falling back to the nearest parent that exists. */
  lineOf: (path: readonly (string | number)[]) => number;
  /** Line of a key inside the map at `parent`. */
  lineOfKey: (parent: readonly (string | number)[], key: string) => number;
  /** Whether the file has a front-matter block at all. */
  hasFrontMatter: boolean;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
  /** The body with MDX and HTML comments blanked out (same lines), for rules about what readers see. */
  prose: string;
}

/** Blanks `{/* … *\/}` and `<!-- … -->` keeping every newline, so line numbers stay true. */
export const blankComments = (body: string): string =>
  body.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));

const FENCE = /^---\s*$/;

export function parseContentFile(source: string): ParsedFile {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const end = FENCE.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
  if (end < 0) {
    return {
      data: undefined, body: text, firstLine: 1, hasFrontMatter: false, bodyStartLine: 1, prose: blankComments(text),
      yamlErrors: [{ line: 1, message: 'missing-front-matter' }],
      lineOf: () => 1, lineOfKey: () => 1,
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const counter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => counter.linePos(offset).line + 1; // +1 for the opening ---
  // An unclosed quote is noticed at the end of the block; point at the line that opened it.
  const unbalanced = lines.slice(1, end).findIndex((l) => (l.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1);
  const yamlErrors: { line: number; message: string }[] = doc.errors.map((e) => ({
    line: e.code === 'MISSING_CHAR' && unbalanced >= 0 ? unbalanced + 2 : toLine(e.pos[0]),
    message: e.code,
  }));
  // Anchors and aliases (&a, *a) have no place in front matter and can make a value contain itself.
  visit(doc, {
    Alias(_, node) {
      yamlErrors.push({ line: node.range ? toLine(node.range[0]) : 2, message: 'ALIAS' });
      return visit.BREAK;
    },
  });
  const json = yamlErrors.length ? undefined : doc.toJS();
  const data = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  if (!yamlErrors.length && !data) yamlErrors.push({ line: 2, message: 'not-a-map' });

  const lineOf = (path: readonly (string | number)[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return toLine(node.range[0]);
      // A key whose value is empty has no node; find the key itself.
      const keyLine = lineOfKey(path.slice(0, n - 1), String(path[n - 1]));
      if (keyLine) return keyLine;
    }
    return 1;
  };
  const lineOfKey = (parent: readonly (string | number)[], key: string): number => {
    const map = parent.length ? doc.getIn(parent, true) : doc.contents;
    if (!isMap(map)) return 0;
    for (const item of map.items) {
      if (isScalar(item.key) && String(item.key.value) === key && item.key.range) return toLine(item.key.range[0]);
    }
    return 0;
  };
  return { data, body, firstLine: 2, yamlErrors, lineOf, lineOfKey: (p, k) => lineOfKey(p, k) || lineOf(p), hasFrontMatter: true, bodyStartLine: end + 2, prose: blankComments(body) };
}

/** Splits a content file into front matter and body, keeping line numbers for every field. */
import { LineCounter, Parser, parseDocument, isMap, isScalar, visit, type Document } from 'yaml';

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

type SyntaxCode = 'UNCLOSED_FLOW_SEQ' | 'UNCLOSED_FLOW_MAP' | 'UNCLOSED_DOUBLE_QUOTE' | 'UNCLOSED_SINGLE_QUOTE' | 'INVISIBLE_AFTER_CLOSE';
interface SyntaxHint {
  /** Offset in the YAML text: the opening bracket or quote, or the stray character. */
  offset: number;
  code: SyntaxCode;
}

/** Whether a quoted scalar's source ends with its closing quote ('' and \" are escapes, not ends). */
function quoteClosed(source: string): boolean {
  const quote = source[0];
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && source[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/** Control and format characters (U+0007, U+200B …): invisible in an editor. */
const HIDDEN = /^[\p{Cc}\p{Cf}]/u;

/**
 * What the YAML parser's own errors do not say, read from its token tree: flow collections
 * and quoted values that are never closed (the parser notices only lines later, as "bad
 * indentation" or at the end of the block), and invisible characters right after a
 * closing quote or bracket.
 */
function syntaxHints(yamlText: string): SyntaxHint[] {
  const hints: SyntaxHint[] = [];
  const afterClose = (end: unknown) => {
    if (!Array.isArray(end)) return;
    for (const t of end as { type?: string; offset?: number; source?: string }[]) {
      if (t.type === 'scalar' && typeof t.source === 'string' && HIDDEN.test(t.source) && typeof t.offset === 'number') {
        hints.push({ offset: t.offset, code: 'INVISIBLE_AFTER_CLOSE' });
      }
    }
  };
  // Depth-first with an explicit stack: a file of ten thousand "[" must not overflow the call stack.
  const stack: unknown[] = [...new Parser().parse(yamlText)].reverse();
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    const t = node as { type?: string; offset?: number; source?: string; start?: { type?: string }; end?: unknown };
    if (typeof t.offset === 'number') {
      if (t.type === 'flow-collection') {
        const seq = t.start?.type === 'flow-seq-start';
        const closer = seq ? 'flow-seq-end' : 'flow-map-end';
        const closed = Array.isArray(t.end) && (t.end as { type?: string }[]).some((e) => e.type === closer);
        if (!closed) hints.push({ offset: t.offset, code: seq ? 'UNCLOSED_FLOW_SEQ' : 'UNCLOSED_FLOW_MAP' });
        else afterClose(t.end);
      } else if ((t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') && typeof t.source === 'string') {
        if (!quoteClosed(t.source)) hints.push({ offset: t.offset, code: t.type === 'double-quoted-scalar' ? 'UNCLOSED_DOUBLE_QUOTE' : 'UNCLOSED_SINGLE_QUOTE' });
        else afterClose(t.end);
      }
    }
    const values = Object.values(node);
    for (let i = values.length - 1; i >= 0; i--) if (values[i] && typeof values[i] === 'object') stack.push(values[i]);
  }
  return hints;
}

/**
 * The parser's errors, with the hints' lines and causes in place of the symptoms: an unclosed
 * bracket or quote is reported once, at the line that opened it (everything after it is its
 * consequence); a hidden character after a closing quote replaces the errors of its line.
 */
function explainErrors(errors: { line: number; message: string }[], hints: SyntaxHint[], toLine: (offset: number) => number): { line: number; message: string }[] {
  let out = errors;
  const unclosed = hints.filter((h) => h.code !== 'INVISIBLE_AFTER_CLOSE').map((h) => ({ line: toLine(h.offset), ...h }));
  const first = unclosed.reduce((min, h) => Math.min(min, h.line), Infinity);
  const explained: { line: number; message: string }[] = [];
  if (unclosed.length) {
    // On the first such line, the innermost construct (opened last) is the one left open: [a, {b: c]
    const innermost = unclosed.filter((h) => h.line === first).sort((a, b) => b.offset - a.offset)[0]!;
    out = out.filter((e) => e.line < first);
    explained.push({ line: first, message: innermost.code });
  }
  const hidden = new Set<number>();
  for (const h of hints) {
    if (h.code !== 'INVISIBLE_AFTER_CLOSE') continue;
    const line = toLine(h.offset);
    if (line >= first || hidden.has(line)) continue;
    hidden.add(line);
    explained.push({ line, message: h.code });
  }
  return [...out.filter((e) => !hidden.has(e.line)), ...explained].sort((a, b) => a.line - b.line);
}

/** A content file cut at its front-matter fences, without reading the YAML. */
export function splitFrontMatter(source: string): { text: string; lines: string[]; end: number; hasFrontMatter: boolean; body: string; bodyStartLine: number } {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const end = FENCE.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
  return end < 0
    ? { text, lines, end, hasFrontMatter: false, body: text, bodyStartLine: 1 }
    : { text, lines, end, hasFrontMatter: true, body: lines.slice(end + 1).join('\n'), bodyStartLine: end + 2 };
}

export function parseContentFile(source: string): ParsedFile {
  const { text, lines, end, body } = splitFrontMatter(source);
  if (end < 0) {
    return {
      data: undefined, body: text, firstLine: 1, hasFrontMatter: false, bodyStartLine: 1, prose: blankComments(text),
      yamlErrors: [{ line: 1, message: 'missing-front-matter' }],
      lineOf: () => 1, lineOfKey: () => 1,
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => counter.linePos(offset).line + 1; // +1 for the opening ---
  const yamlErrors = explainErrors(doc.errors.map((e) => ({ line: toLine(e.pos[0]), message: e.code })), doc.errors.length ? syntaxHints(yamlText) : [], toLine);
  // Anchors and aliases (&a, *a) have no place in front matter and can make a value contain itself.
  visit(doc, {
    Alias(_, node) {
      yamlErrors.push({ line: node.range ? toLine(node.range[0]) : 2, message: 'ALIAS' });
      return visit.BREAK;
    },
  });
  const json: unknown = yamlErrors.length ? undefined : doc.toJS();
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

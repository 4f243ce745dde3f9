/**
 * Random Markdown and MDX bodies, built from the pieces attacks and careless pastes are made
 * of: the checker never throws, and what the renderer emits — parsed again by an HTML parser —
 * holds no element, attribute or URL outside the body policy.
 */
import { pathToFileURL } from 'node:url';
import { htmlToHast, markdownToHtml, mdxToHast, mdxToJs } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS, COMPONENTS } from '../../../src/lib/content/body-policy.ts';
import { bodyProblems } from '../../../src/lib/content/check/body-rules.ts';
import { sanitizeBody, type BodyNode } from '../../../src/lib/content/sanitize-body.ts';
import { sanitizeBodyPlugin } from '../../../src/integrations/markdown/sanitize-body.ts';

const CONTENT = '/srv/content';
const FILE = `${CONTENT}/bai-viet/bai.md`;

/** Mulberry32: the same bodies on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['p', 'div', 'span', 'b', 'i', 'a', 'img', 'table', 'td', 'figure', 'script', 'style', 'iframe', 'svg', 'object', 'embed', 'form', 'button', 'base', 'meta', 'link', 'math', 'template', 'video', 'x-y', 'Foo', 'SCRIPT', 'IFRAME'];
const ATTRS = [
  'onclick="alert(1)"', 'onerror=alert(1)', 'onload="x()"', 'style="background:url(javascript:alert(1))"', 'class="x"', 'id="q"',
  'href="javascript:alert(1)"', 'href="java&#115;cript:alert(1)"', 'href="javascript&colon;alert(1)"', 'href=" javascript:alert(1)"', 'href="//evil.example/"',
  'href="https://ok.vn/"', 'href="data:text/html,<script>alert(1)</script>"', 'src="data:image/svg+xml,<svg onload=alert(1)>"', 'src="https://evil.example/x.png"',
  'src="./anh/a.jpg"', 'src="../../../../etc/passwd"', 'src="/etc/passwd"', 'srcdoc="<script>alert(1)</script>"', 'formaction="javascript:alert(1)"',
  'title="Tiêu đề"', 'colspan="2"', 'http-equiv="refresh" content="0;url=https://evil.example/"', 'xlink:href="javascript:alert(1)"',
];
const TEXT = ['Chữ Việt có dấu', '{', '}', '<', '>', '&', '&lt;', '"', "'", '*nghiêng*', '**đậm**', '[liên kết](javascript:alert(1))', '![ảnh](../../x.jpg)', '![ảnh](./anh/a.jpg)', '\n\n', '\n', '# Tiêu đề', '- mục', '| a | b |\n|---|---|\n| 1 | 2 |', '<!-- ghi chú -->', '`mã`'];
const MDX_ONLY = [
  "import p from '/etc/passwd?raw'\n\n", "export const x = 1\n\n", '{p}', '{"chữ"}', '{1 + 1}', '{/* ghi chú */}', "{fetch('https://evil.example')}",
  '<Figure credit="Ảnh" caption={x}>', '</Figure>', '<Quote speaker="A" {...rest}>', '</Quote>', '<Video youtube="dQw4w9WgXcQ" title="T" />', '<Ref id={a} />', '<Foo bar="1" />', '<X.Y />', '<>', '</>',
];

function body(next: () => number, mdx: boolean): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const parts: string[] = [];
  const n = 3 + Math.floor(next() * 12);
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.35) {
      const tag = pick(TAGS);
      const attrs = Array.from({ length: Math.floor(next() * 3) }, () => pick(ATTRS)).join(' ');
      parts.push(next() < 0.2 ? `<${tag} ${attrs}/>` : `<${tag} ${attrs}>`);
    } else if (r < 0.5) parts.push(`</${pick(TAGS)}>`);
    else if (mdx && r < 0.65) parts.push(pick(MDX_ONLY));
    else parts.push(pick(TEXT));
    parts.push(next() < 0.3 ? '\n\n' : ' ');
  }
  return parts.join('');
}

/** An MDX body that mostly parses: balanced tags and components, expressions, imports. */
function mdxBody(next: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const jsxAttrs = () => Array.from({ length: Math.floor(next() * 3) }, () => pick(ATTRS.filter((a) => /^[\w-]+="[^"]*"$/.test(a)).concat(['credit="Ảnh"', 'speaker={x}', '{...rest}', 'title={"Tên"}', 'id="a"']))).join(' ');
  const block = (depth: number): string => {
    const r = next();
    if (depth > 2 || r < 0.3) return pick(['Chữ Việt có dấu', '*nghiêng*', '**đậm**', '[liên kết](javascript:alert(1))', '![ảnh](./anh/a.jpg)', '![ảnh](../../x.jpg)', '{p}', '{"chữ"}', '{1 + 1}', '{/* ghi chú */}', "{fetch('https://evil.example')}"]);
    const name = pick([...TAGS.filter((t) => /^[a-z]+$/.test(t)), ...Object.keys(COMPONENTS), 'Foo']);
    if (next() < 0.25) return `<${name} ${jsxAttrs()} />`;
    return `<${name} ${jsxAttrs()}>${block(depth + 1)} ${block(depth + 1)}</${name}>`;
  };
  const parts = [next() < 0.3 ? "import p from '/etc/passwd?raw'\n\n" : '', next() < 0.2 ? 'export const x = 1\n\n' : ''];
  for (let i = 0, n = 2 + Math.floor(next() * 6); i < n; i++) parts.push(block(0), next() < 0.5 ? '\n\n' : ' ');
  return parts.join('');
}

/** Every element of an HTML string, as an HTML parser reads it. */
function elements(htmlText: string): { tagName: string; properties: Record<string, unknown> }[] {
  const out: { tagName: string; properties: Record<string, unknown> }[] = [];
  const walk = (n: BodyNode) => {
    if (n.type === 'element') out.push({ tagName: n.tagName!, properties: n.properties ?? {} });
    for (const c of n.children ?? []) walk(c);
  };
  walk(htmlToHast(htmlText, { fragment: true }));
  return out;
}

const UNSAFE_URL = /^[\s\u0000-\u001f]*(javascript|vbscript|data):|^\s*\/\//i;

function expectWithinPolicy(htmlText: string, context: string): void {
  for (const el of elements(htmlText)) {
    expect(ALLOWED_TAGS, `${context}: <${el.tagName}>`).toContain(el.tagName);
    for (const [name, value] of Object.entries(el.properties)) {
      expect(name, context).not.toMatch(/^on|^style$|^srcDoc$|^formAction$|^httpEquiv$|^xLinkHref$/i);
      if (['href', 'src', 'cite', 'action'].includes(name)) expect(String(value), context).not.toMatch(UNSAFE_URL);
      if (name === 'src') expect(String(value), context).toMatch(/^\.\/anh\//);
    }
  }
}

/** An MDX tree after sanitising, with components written as custom elements so it serialises to HTML. */
function mdxToCheckedHtml(tree: BodyNode): string {
  const convert = (n: BodyNode): BodyNode => {
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      const rule = COMPONENTS[n.name ?? ''];
      expect(rule, `component <${n.name}>`).toBeDefined();
      for (const a of n.attributes ?? []) {
        expect(a.type).toBe('mdxJsxAttribute');
        expect(rule!.props).toContain(a.name);
        expect(typeof a.value).toBe('string');
      }
      return { type: 'element', tagName: 'p', properties: {}, children: (n.children ?? []).map(convert) };
    }
    expect(['root', 'element', 'text']).toContain(n.type);
    return n.children ? { ...n, children: n.children.map(convert) } : n;
  };
  return toHtml(convert(tree) as never);
}

describe('fuzzed bodies', () => {
  const next = random(20261130);
  const plugin = sanitizeBodyPlugin(CONTENT);

  it('Markdown: the check never throws; the rendered HTML stays within the policy', () => {
    let problemsFound = 0;
    for (let i = 0; i < 400; i++) {
      const text = body(next, false);
      const report = bodyProblems(text, 'md');
      problemsFound += report.problems.length;
      const { html } = markdownToHtml(text, { hastPlugins: [plugin], features: { gfm: true, rawHtml: true }, fileURL: pathToFileURL(FILE) }) as { html: string };
      expectWithinPolicy(html, text);
    }
    // The bodies are hostile: the check must have found things to report.
    expect(problemsFound).toBeGreaterThan(400);
  });

  it('MDX: the check never throws; what compiles holds only allowed elements, components and literal text', () => {
    let compiled = 0;
    for (let i = 0; i < 400; i++) {
      const text = next() < 0.25 ? body(next, true) : mdxBody(next);
      const report = bodyProblems(text, 'mdx');
      expect(report.problems.length, text).toBeGreaterThanOrEqual(0);
      let tree: BodyNode;
      try {
        tree = mdxToHast(text);
      } catch {
        // Not MDX at all: the build stops on it (and the check reported it).
        expect(report.problems.some((p) => p.rule === 'mdx-syntax'), text).toBe(true);
        continue;
      }
      compiled++;
      expectWithinPolicy(mdxToCheckedHtml(sanitizeBody(tree, { fileDir: `${CONTENT}/bai-viet`, contentDir: CONTENT })), text);
      // The renderer's own compile: no import survives but the JSX runtime's, no expression is evaluated.
      const { code } = mdxToJs(text, { hastPlugins: [plugin], fileURL: pathToFileURL(FILE.replace(/md$/, 'mdx')), jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
      for (const line of code.match(/^\s*(import|export)\b.*$/gm) ?? []) expect(line, text).toMatch(/^import \{[^}]*\} from "astro\/jsx-runtime";$|^export default MDXContent;$/);
      expect(code, text).not.toMatch(/passwd|fetch\(|evil\.example|[\s(,[]p[,)\]]|1 \+ 1|\bx\b[,)]/);
    }
    expect(compiled).toBeGreaterThan(50);
  });
});

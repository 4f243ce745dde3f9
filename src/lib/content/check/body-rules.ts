/**
 * The checker's half of the body policy (src/lib/content/body-policy.ts): parses a
 * story body with the build's own parser (Sätteri) and reports, line by line, what
 * the renderer would remove or refuse, with what to write instead. Never throws.
 *
 * Markdown bodies are parsed with their raw HTML kept as written, so every tag has a
 * line; each tag is then read by an HTML parser for its attributes, and the tags of the
 * whole body are matched to find ones left open or closed out of order. MDX bodies
 * fail to parse on such tags; the parser's error is reported at its line.
 */
import { htmlToHast, markdownToHast, mdxToHast } from 'satteri';
import { find, html } from 'property-information';
import { closest } from '../../text/closest.ts';
import {
  ALLOWED_TAGS, COMPONENTS, SANITIZE_SCHEMA, STRIPPED_TAGS, URL_PROBLEM_TEXT, imagePathFix,
  imagePathProblem, isCommentExpression, isEventHandler, linkProblem, literalValue, videoLine, videoOf, videoUrls,
} from '../body-policy.ts';
import type { BodyAttribute, BodyNode } from '../sanitize-body.ts';
import { PLACEHOLDER } from '../scaffold.ts';

export interface BodyProblem {
  /** 1-based line inside the body. */
  line: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

/** A pasted embed code and the <Video> line that replaces it (`npm run check -- --fix`). */
export interface VideoFix {
  /** Body lines (1-based, inclusive) the embed code spans. */
  from: number;
  to: number;
  replacement: string;
}

/** An image the body shows: its path and line, for the file checks (exists, decodes, size). */
export interface BodyImage {
  src: string;
  line: number;
}

export interface BodyReport {
  problems: BodyProblem[];
  images: BodyImage[];
  videos: VideoFix[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const COMPONENT_LIST = Object.keys(COMPONENTS).map((c) => `<${c}>`).join(', ');

interface Position { start: { line: number; column: number }; end: { line: number; column: number } }
const lineOf = (node: { position?: unknown }, fallback = 1): number => (node.position as Position | undefined)?.start.line ?? fallback;
const endLineOf = (node: { position?: unknown }, fallback = 1): number => (node.position as Position | undefined)?.end.line ?? fallback;

/** Attributes an allowed element may carry, as hast property names. */
function allowedProperty(tag: string, property: string, value: unknown): boolean {
  const lists = [SANITIZE_SCHEMA.attributes?.[tag] ?? [], SANITIZE_SCHEMA.attributes?.['*'] ?? []];
  return lists.some((list) =>
    list.some((entry) => {
      if (typeof entry === 'string') return entry === property;
      const [name, ...values] = entry;
      if (name !== property) return false;
      if (!values.length) return true;
      const given = Array.isArray(value) ? value : [value];
      return given.every((g) => values.some((v) => (v instanceof RegExp ? v.test(String(g)) : v === g)));
    }),
  );
}

class Reporter {
  readonly problems: BodyProblem[] = [];
  readonly images: BodyImage[] = [];
  readonly videos: VideoFix[] = [];
  error(line: number, rule: string, message: string): void {
    this.problems.push({ line, rule, severity: 'error', message });
  }

  /** An HTML element (raw in Markdown or lowercase JSX in MDX) with its attributes as hast properties. */
  element(tag: string, properties: Record<string, unknown>, line: number, span: { from: number; to: number } | undefined, mdx: boolean): void {
    if (tag === 'iframe') {
      const src = typeof properties['src'] === 'string' ? properties['src'] : '';
      const video = videoOf(src);
      if (video && videoUrls(video)) {
        const title = typeof properties['title'] === 'string' && !/^(youtube video player|facebook)$/i.test(properties['title'].trim()) ? properties['title'] : undefined;
        const replacement = videoLine(video, title ?? PLACEHOLDER_TITLE);
        if (span) this.videos.push({ ...span, replacement });
        this.error(line, 'video-embed', `mã nhúng video ${video.youtube ? 'YouTube' : 'Facebook'} không dán thẳng vào bài được; hãy thay cả đoạn <iframe> bằng dòng: ${replacement}${mdx ? '' : ' (thành phần <Video> chỉ dùng được trong tệp .mdx: hãy đổi đuôi tệp thành .mdx)'}; "npm run check -- --fix" làm việc này`);
        return;
      }
    }
    if (!ALLOWED_TAGS.includes(tag)) {
      const what = STRIPPED_TAGS.includes(tag) ? `thẻ <${tag}> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang)` : `thẻ <${tag}> không có trong danh sách thẻ được dùng`;
      const instead = tag === 'iframe' || tag === 'video' ? `; để nhúng video YouTube hoặc Facebook, hãy dùng ${COMPONENTS['Video']!.example}` : tag === 'style' || tag === 'font' ? '; trang dùng kiểu chữ chung, hãy bỏ phần định dạng' : '; hãy xóa thẻ này (xem docs/bien-tap.md, mục "Những gì được viết trong thân bài")';
      this.error(line, 'html-tag', `${what}${instead}`);
      return;
    }
    for (const [property, value] of Object.entries(properties)) {
      const attribute = find(html, property).attribute;
      if (isEventHandler(attribute)) {
        this.error(line, 'html-event', `thuộc tính ${attribute} của thẻ <${tag}> là mã lệnh, không được phép; hãy xóa nó`);
        continue;
      }
      if (property === 'href' || property === 'cite') {
        const problem = linkProblem(String(value));
        if (problem) this.error(line, 'unsafe-url', `liên kết "${String(value)}" ${URL_PROBLEM_TEXT[problem]}; hãy dùng địa chỉ bắt đầu bằng https:// (hoặc mailto:, tel:)`);
        continue;
      }
      if (tag === 'img' && property === 'src') continue;
      if (!allowedProperty(tag, property, value)) {
        const why = attribute === 'style' || attribute === 'class' ? ': trang dùng kiểu trình bày chung' : '';
        this.error(line, 'html-attribute', `thuộc tính ${attribute} của thẻ <${tag}> không được dùng${why}; hãy xóa nó`);
      }
    }
    if (tag === 'img') this.image(typeof properties['src'] === 'string' ? properties['src'] : '', line, mdx);
  }

  image(src: string, line: number, mdx: boolean): void {
    if (!src.trim()) {
      this.error(line, 'image-missing', 'thẻ ảnh không có đường dẫn (src); hãy viết ![mô tả ảnh](./anh/ten-anh.jpg)');
      return;
    }
    const problem = imagePathProblem(src);
    if (problem) {
      this.error(line, problem === 'svg' ? 'image-svg' : 'image-outside', `ảnh "${src}" ${URL_PROBLEM_TEXT[problem]}; ${imagePathFix(problem)}`);
      return;
    }
    if (!mdx) {
      // The Markdown image step only sees ![…](…): an <img> tag would be published unprocessed.
      this.error(line, 'html-image', `ảnh "${src}" viết bằng thẻ <img> không được xử lý để đăng; hãy viết ![mô tả ảnh](${src})`);
      return;
    }
    this.images.push({ src, line });
  }

  /** Links and images written in Markdown syntax (hast elements the Markdown processor made). */
  markdownElement(node: BodyNode): void {
    const props = node.properties ?? {};
    const line = lineOf(node);
    if (node.tagName === 'a' && typeof props['href'] === 'string') {
      const problem = linkProblem(props['href']);
      if (problem) this.error(line, 'unsafe-url', `liên kết "${props['href']}" ${URL_PROBLEM_TEXT[problem]}; hãy dùng địa chỉ bắt đầu bằng https:// (hoặc mailto:, tel:)`);
    }
    if (node.tagName === 'img' && typeof props['src'] === 'string') {
      const problem = imagePathProblem(props['src']);
      if (problem) this.error(line, problem === 'svg' ? 'image-svg' : 'image-outside', `ảnh "${props['src']}" ${URL_PROBLEM_TEXT[problem]}; ${imagePathFix(problem)}`);
      else this.images.push({ src: props['src'], line });
    }
  }
}

/** What the video fix writes when the embed code has no usable title: the check then asks for one. */
const PLACEHOLDER_TITLE = `${PLACEHOLDER}: tên video`;

/** A JSX attribute's literal string value, or undefined when it is an expression. */
function jsxValue(attr: BodyAttribute): string | undefined {
  if (attr.value === null || attr.value === undefined) return '';
  if (typeof attr.value === 'string') return attr.value;
  return literalValue(String((attr.value as { value?: unknown }).value ?? ''));
}

// One case per kind of node a body may hold, kept in one place so the allowed set reads as a list.
function walkMdx(node: BodyNode, r: Reporter): void {
  const line = lineOf(node);
  switch (node.type) {
    case 'mdxjsEsm':
      r.error(line, 'mdx-esm', `bài không được có dòng import hay export: các thành phần ${COMPONENT_LIST} có sẵn, không cần import; hãy xóa dòng này`);
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const source = String(node.value ?? '');
      if (isCommentExpression(source) || literalValue(source) !== undefined) return;
      r.error(line, 'mdx-expression', `biểu thức {${source.length > 40 ? `${source.slice(0, 40)}…` : source}} không được phép trong bài (nó chạy mã lệnh khi dựng trang); nếu muốn viết dấu ngoặc nhọn trong chữ, hãy viết \\{ và \\}`);
      return;
    }
    case 'element':
      r.markdownElement(node);
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const attributes = node.attributes ?? [];
      const rule = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
      if (rule) {
        for (const attr of attributes) {
          if (attr.type !== 'mdxJsxAttribute') {
            r.error(line, 'mdx-expression', `thuộc tính {…} của <${name}> không được phép; hãy viết từng thuộc tính dạng ten="giá trị", ví dụ: ${rule.example}`);
            continue;
          }
          const attrName = attr.name ?? '';
          if (!rule.props.includes(attrName)) {
            r.error(line, 'component-attribute', `<${name}> không có thuộc tính ${attrName}; ${rule.props.length ? `các thuộc tính dùng được: ${rule.props.join(', ')}` : 'thành phần này không có thuộc tính'}; ví dụ: ${rule.example}`);
          } else if (jsxValue(attr) === undefined) {
            r.error(line, 'mdx-expression', `giá trị của ${attrName} trong <${name}> phải là chữ trong ngoặc kép (${attrName}="…"), không phải biểu thức {…}`);
          }
        }
        for (const required of rule.required) {
          if (attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === required)) continue;
          if (name === 'Figure' && required === 'credit') r.error(line, 'image-credit', '<Figure> thiếu tác giả ảnh; hãy thêm credit="Tên người chụp"');
          else r.error(line, 'component-attribute', `<${name}> thiếu thuộc tính ${required}; ví dụ: ${rule.example}`);
        }
        if (name === 'Video') {
          const value = (key: string) => {
            const a = attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === key);
            return a ? jsxValue(a) : undefined;
          };
          if (!videoUrls({ youtube: value('youtube'), facebook: value('facebook') } as { youtube?: string; facebook?: string })) {
            r.error(line, 'video-source', `<Video> cần youtube="mã video gồm 11 ký tự" (phần sau v= trong địa chỉ YouTube) hoặc facebook="địa chỉ trang video trên Facebook"; ví dụ: ${rule.example}`);
          }
        }
      } else if (/^[a-z][a-z0-9]*$/.test(name)) {
        const properties: Record<string, unknown> = {};
        const src = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src');
        const pastedVideo = name === 'iframe' && src !== undefined && videoOf(jsxValue(src) ?? '') !== undefined;
        for (const attr of pastedVideo ? attributes.filter((a) => a.name === 'src' || a.name === 'title') : attributes) {
          if (attr.type !== 'mdxJsxAttribute') {
            r.error(line, 'mdx-expression', `thuộc tính {…} của <${name}> không được phép; hãy viết từng thuộc tính dạng ten="giá trị"`);
            continue;
          }
          const value = jsxValue(attr);
          if (value === undefined) {
            r.error(line, 'mdx-expression', `giá trị của thuộc tính ${attr.name ?? ''} trong <${name}> phải là chữ trong ngoặc kép, không phải biểu thức {…}`);
            continue;
          }
          properties[find(html, attr.name ?? '').property] = value;
        }
        r.element(name, properties, line, { from: line, to: endLineOf(node, line) }, true);
        if (STRIPPED_TAGS.includes(name)) return;
      } else {
        const near = closest(name, Object.keys(COMPONENTS));
        r.error(line, 'unknown-component', `không có thành phần <${name || '>'}${name ? '>' : ''}${near.length ? `; có phải ý bạn là <${near[0]}>?` : ''} Các thành phần dùng được: ${COMPONENT_LIST}`);
      }
      break;
    }
    default:
      break;
  }
  for (const child of node.children ?? []) walkMdx(child, r);
}

const misnested = (closed: string, inner: string): string =>
  `thẻ </${closed}> đóng khi thẻ <${inner}> mở sau nó chưa đóng; các thẻ phải đóng theo thứ tự ngược với khi mở, ví dụ <${closed}><${inner}>…</${inner}></${closed}>`;

/** An MDX parser error ("3:1: Expected a closing tag for `<div>` (3:1) …") as a line and a Vietnamese sentence. */
export function mdxSyntaxProblem(message: string): BodyProblem {
  const at = /^(\d+):(\d+):/.exec(message);
  const line = Number(at?.[1] ?? 1);
  const opened = / \((\d+):\d+\)/.exec(message);
  let m: RegExpExecArray | null;
  const problem = (l: number, text: string): BodyProblem => ({ line: l, rule: 'mdx-syntax', severity: 'error', message: text });
  if ((m = /Expected a closing tag for `<([^>]*)>`/.exec(message))) {
    return problem(Number(opened?.[1] ?? line), `thẻ <${m[1]}> mở ở đây mà không đóng; hãy thêm </${m[1]}> (trong MDX, thẻ mở và thẻ đóng phải nằm cùng một đoạn, hoặc mỗi thẻ đứng riêng một dòng)`);
  }
  if ((m = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(message))) {
    return problem(line, misnested(m[1]!, m[2]!));
  }
  if ((m = /Unexpected closing tag `<\/([^>]*)>`, expected an open tag first/.exec(message))) {
    return problem(line, `thẻ đóng </${m[1]}> không có thẻ mở tương ứng; hãy xóa nó hoặc thêm <${m[1]}> ở chỗ bắt đầu`);
  }
  if (/expected a corresponding closing brace for `\{`/.test(message)) {
    return problem(line, 'dấu { mở một biểu thức mà không đóng; nếu muốn viết dấu ngoặc nhọn trong chữ, hãy viết \\{ và \\}');
  }
  if (/to create a comment in MDX/.test(message)) {
    return problem(line, 'tệp .mdx không dùng được ghi chú <!-- … -->; hãy viết {/* ghi chú */}');
  }
  if (/Unexpected character after `<`|before name|after name|before attribute/.test(message)) {
    return problem(line, 'dấu < ở đây không mở được một thẻ hợp lệ; nếu muốn viết dấu nhỏ hơn, hãy viết &lt;; nếu là thẻ, giá trị thuộc tính phải nằm trong ngoặc kép, ví dụ <a href="https://…">');
  }
  return problem(line, 'lỗi cú pháp MDX ở dòng này; hãy kiểm tra các thẻ <…> (mở và đóng đủ, giá trị trong ngoặc kép) và các dấu { } (muốn viết ngoặc nhọn thì viết \\{ \\})');
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->/g;

/** Raw HTML of a Markdown body, tag by tag, with the lines they are on; open and close matched. */
function checkRawHtml(raws: readonly { value: string; line: number; endLine: number }[], r: Reporter): void {
  const open: { tag: string; line: number }[] = [];
  // Inside <script>, <svg>, <iframe>…: their content is removed with them, reported once.
  let inside: string | undefined;
  for (const raw of raws) {
    for (const m of raw.value.matchAll(TAG)) {
      if (m[0].startsWith('<!--')) continue;
      const line = raw.line + (raw.value.slice(0, m.index).match(/\n/g)?.length ?? 0);
      const closing = m[1] === '/';
      const tag = m[2]!.toLowerCase();
      if (inside) {
        if (closing && tag === inside) inside = undefined;
        else continue;
      }
      if (/^[A-Z]/.test(m[2]!) && Object.hasOwn(COMPONENTS, m[2]!)) {
        if (!closing) r.error(line, 'component-in-markdown', `thành phần <${m[2]}> chỉ dùng được trong tệp .mdx; hãy đổi đuôi tệp thành .mdx, hoặc viết bằng Markdown`);
        continue;
      }
      if (closing) {
        if (VOID.has(tag) || STRIPPED_TAGS.includes(tag)) continue;
        const at = open.map((o) => o.tag).lastIndexOf(tag);
        if (at < 0) {
          r.error(line, 'html-unbalanced', `thẻ đóng </${tag}> không có thẻ mở tương ứng; hãy xóa nó hoặc thêm <${tag}> ở chỗ bắt đầu`);
          continue;
        }
        // Closed out of order: said once; the inner tag stays open, so its own close still matches.
        const inner = open[open.length - 1]!;
        if (at < open.length - 1) r.error(line, 'html-unbalanced', misnested(tag, inner.tag));
        open.splice(at, 1);
        continue;
      }
      // The tag's attributes, read by an HTML parser: entities decoded, names as hast properties.
      let properties: Record<string, unknown>;
      try {
        const tree = htmlToHast(m[0], { fragment: true }) as BodyNode;
        const el = (tree.children ?? []).find((c) => c.type === 'element');
        properties = el?.properties ?? {};
      } catch {
        properties = {};
      }
      r.element(tag, properties, line, raw.value.trim() === m[0].trim() || /^<iframe\b[\s\S]*<\/iframe>\s*$/i.test(raw.value.trim()) ? { from: raw.line, to: raw.endLine } : undefined, false);
      if (VOID.has(tag) || m[4] === '/') continue;
      if (STRIPPED_TAGS.includes(tag)) inside = tag;
      else open.push({ tag, line });
    }
  }
  for (const o of open) {
    r.error(o.line, 'html-unbalanced', `thẻ <${o.tag}> mở ở đây mà không đóng; hãy thêm </${o.tag}> ở chỗ nó kết thúc (nếu không, phần sau của trang — tên tác giả, tag, tin khác — sẽ bị cuốn vào trong nó)`);
  }
}

function walkMarkdown(node: BodyNode, raws: { value: string; line: number; endLine: number }[], r: Reporter): void {
  if (node.type === 'raw') raws.push({ value: String(node.value ?? ''), line: lineOf(node), endLine: endLineOf(node) });
  else if (node.type === 'element') r.markdownElement(node);
  for (const child of node.children ?? []) walkMarkdown(child, raws, r);
}

/** Everything in `body` outside the body policy, with body-relative lines. */
export function bodyProblems(body: string, format: 'md' | 'mdx'): BodyReport {
  const r = new Reporter();
  if (format === 'mdx') {
    let tree: BodyNode;
    try {
      tree = mdxToHast(body, { position: true });
    } catch (error) {
      r.problems.push(mdxSyntaxProblem(error instanceof Error ? error.message : String(error)));
      return r;
    }
    walkMdx(tree, r);
  } else {
    const raws: { value: string; line: number; endLine: number }[] = [];
    walkMarkdown(markdownToHast(body, { position: true }), raws, r);
    checkRawHtml(raws, r);
  }
  return r;
}

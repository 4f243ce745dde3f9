import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizeBody, type BodyNode } from '../../../src/lib/content/sanitize-body.ts';
import { sanitizeBodyPlugin } from '../../../src/integrations/markdown/sanitize-body.ts';

const CONTENT = resolve(import.meta.dirname, '../../fixtures/content');
const md = (body: string) =>
  (markdownToHtml(body, { hastPlugins: [sanitizeBodyPlugin(CONTENT)], features: { gfm: true, rawHtml: true }, fileURL: pathToFileURL(`${CONTENT}/bai-viet/bai.md`) }) as { html: string }).html.trim();

describe('the renderer keeps news markup and drops the rest', () => {
  it('keeps what Markdown itself writes: footnotes (with working links), tables, emphasis, links, images beside the story', () => {
    const html = md('Chữ[^1] **đậm** [Báo](https://baonghean.vn/).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![Ảnh](./anh/phong-van.jpg)\n\n[^1]: Chú thích.\n');
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="user-content-footnote-label">1</a>');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<strong>đậm</strong> <a href="https://baonghean.vn/">Báo</a>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<img src="./anh/phong-van.jpg" alt="Ảnh">');
  });

  it('keeps allowed raw HTML and the text of what it removes; drops scripts with their code', () => {
    expect(md('Đơn vị m<sup>2</sup> và <abbr title="Ban Chấp hành">BCH</abbr>.')).toBe('<p>Đơn vị m<sup>2</sup> và <abbr title="Ban Chấp hành">BCH</abbr>.</p>');
    expect(md('<font color="red">Chữ</font> <script>alert(1)</script><style>p{}</style>')).toBe('<p>Chữ </p>');
    expect(md('<a href="javascript:alert(1)" onclick="x" class="nut" style="color:red">đây</a>')).toBe('<p><a>đây</a></p>');
    expect(md('<img src="../../../etc/x.jpg" alt="x"> <img src="./anh/x.svg" alt="x"> <img src="https://evil.example/x.png" alt="x">')).toBe('<p>  </p>');
  });

  it('an unclosed <div> in Markdown closes at the end of the body, never around the page', () => {
    expect(md('<div>\n\nĐoạn.')).toBe('<div>\n<p>Đoạn.</p></div>');
  });

  it('MDX: literals become text, code goes, components keep only their own attributes', () => {
    const tree = mdxToHast(`import x from 'y'\n\nA {"chữ"} {1} {x} {/* c */}\n\n<Figure caption={"Chú thích"} onClick="a" {...r}>chữ</Figure>\n\n<Quote>lời</Quote>\n`) as BodyNode;
    const clean = sanitizeBody(tree, { fileDir: `${CONTENT}/bai-viet`, contentDir: CONTENT });
    const kinds: string[] = [];
    const walk = (n: BodyNode) => {
      kinds.push(n.type);
      n.children?.forEach(walk);
    };
    walk(clean);
    expect(kinds).not.toContain('mdxjsEsm');
    expect(kinds).not.toContain('mdxTextExpression');
    const p = clean.children!.find((c) => c.type === 'element')!;
    expect(p.children!.map((c) => c.value).join('')).toBe('A chữ 1  ');
    const [figure, quote] = clean.children!.filter((c) => c.type === 'mdxJsxFlowElement');
    expect(figure!.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'caption', value: 'Chú thích' }, { type: 'mdxJsxAttribute', name: 'credit', value: '' }]);
    expect(quote!.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'speaker', value: '' }]);
  });
});

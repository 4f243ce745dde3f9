/**
 * The renderer's half of the trust boundary (body-policy.ts): turns a story
 * body's tree (Markdown with its raw HTML parsed, or MDX) into one that holds
 * only allowed elements, attributes, URLs and the project's components.
 *
 * - MDX `import`/`export` and expressions are removed; an expression that is a
 *   plain string or number literal becomes its text.
 * - The project's components keep only their own attributes, as plain strings.
 * - Everything else goes through hast-util-sanitize with the project's schema
 *   (components are held aside as placeholders while it runs, so their content
 *   is sanitised like any other).
 * - Images must be files inside the content folder; links only http(s), mailto, tel.
 *
 * Pure: never throws on any tree a parser produces.
 */
import { resolve } from 'node:path';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { COMPONENTS, SANITIZE_SCHEMA, imageProblem, isCommentExpression, linkProblem, literalValue } from './body-policy.ts';

/** The node shapes met in Sätteri's hast of Markdown and MDX bodies (structural, to stay independent of its types). */
export interface BodyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: BodyAttribute[];
  children?: BodyNode[];
  data?: unknown;
  position?: unknown;
}
export interface BodyAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface SanitizeOptions {
  /** Folder of the story file, for image paths; without it, every image is dropped. */
  fileDir?: string | undefined;
  /** The content folder images must stay inside. */
  contentDir?: string | undefined;
  /** Whether an image file exists (the build's image step fails on a missing one); default: yes. */
  exists?: (path: string) => boolean;
}

const SLOT = 'gs-component';
const SCHEMA: Schema = {
  ...SANITIZE_SCHEMA,
  tagNames: [...(SANITIZE_SCHEMA.tagNames ?? []), SLOT],
  attributes: { ...SANITIZE_SCHEMA.attributes, [SLOT]: ['dataSlot'] },
};
const PREFIX = SANITIZE_SCHEMA.clobberPrefix ?? '';

/** A JSX attribute's value as a string, when it is a literal; undefined otherwise. */
function attributeString(attr: BodyAttribute): string | undefined {
  if (attr.value === null || attr.value === undefined) return '';
  if (typeof attr.value === 'string') return attr.value;
  if (typeof attr.value === 'object' && (attr.value as { type?: string }).type === 'mdxJsxAttributeValueExpression') {
    return literalValue(String((attr.value as { value?: unknown }).value ?? ''));
  }
  return undefined;
}

/** HTML attributes of a lowercase JSX element as hast properties (literals only). */
function propertiesOf(attributes: readonly BodyAttribute[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const attr of attributes) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
    const value = attributeString(attr);
    if (value === undefined) continue;
    const info = find(html, attr.name);
    if (attr.value === null || attr.value === undefined) properties[info.property] = true;
    else if (info.spaceSeparated) properties[info.property] = value.split(/\s+/).filter(Boolean);
    else if (info.commaSeparated) properties[info.property] = value.split(',').map((v) => v.trim());
    else properties[info.property] = value;
  }
  return properties;
}

/** Ids the Markdown processor already prefixed: the sanitizer prefixes every id once. */
function unprefixed(properties: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...properties };
  for (const key of ['id', 'ariaDescribedBy', 'ariaLabelledBy']) {
    const v = out[key];
    if (typeof v === 'string' && v.startsWith(PREFIX)) out[key] = v.slice(PREFIX.length);
    else if (Array.isArray(v)) out[key] = (v as unknown[]).map((x) => (typeof x === 'string' && x.startsWith(PREFIX) ? x.slice(PREFIX.length) : x));
  }
  return out;
}

interface Held {
  type: string;
  name: string;
  attributes: BodyAttribute[];
}

/** The tree with MDX nodes resolved and components replaced by placeholders (held in `slots`). */
function prepare(node: BodyNode, slots: Held[]): BodyNode | undefined {
  const children = () => (node.children ?? []).flatMap((c) => prepare(c, slots) ?? []);
  switch (node.type) {
    case 'root':
      return { type: 'root', children: children() };
    case 'text':
      return { type: 'text', value: String(node.value ?? '') };
    case 'element':
      return { type: 'element', tagName: String(node.tagName ?? ''), properties: unprefixed(node.properties), children: children() };
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const source = String(node.value ?? '');
      if (isCommentExpression(source)) return undefined;
      const literal = literalValue(source);
      return literal === undefined ? undefined : { type: 'text', value: literal };
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const rule = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
      if (rule) {
        const attributes: BodyAttribute[] = [];
        for (const prop of rule.props) {
          const attr = (node.attributes ?? []).find((a) => a.type === 'mdxJsxAttribute' && a.name === prop);
          const value = attr ? attributeString(attr) : undefined;
          if (value !== undefined) attributes.push({ type: 'mdxJsxAttribute', name: prop, value });
          else if (rule.required.includes(prop)) attributes.push({ type: 'mdxJsxAttribute', name: prop, value: '' });
        }
        slots.push({ type: node.type, name, attributes });
        return { type: 'element', tagName: SLOT, properties: { dataSlot: String(slots.length - 1) }, children: children() };
      }
      // An HTML element written as JSX; anything else (an unknown component, a fragment) is
      // an element the schema does not know: removed, its text kept.
      return { type: 'element', tagName: /^[a-z][a-z0-9]*$/.test(name) ? name : 'gs-unknown', properties: propertiesOf(node.attributes ?? []), children: children() };
    }
    default:
      // mdxjsEsm (import/export), raw HTML the parser left unparsed, comments, doctypes.
      return undefined;
  }
}

/** Drops what the schema cannot judge: images outside the content folder, protocol-relative links; restores components. */
function finish(node: BodyNode, slots: readonly Held[], opts: SanitizeOptions): BodyNode[] {
  if (node.type !== 'element' && node.type !== 'root') return [node];
  const children = (node.children ?? []).flatMap((c) => finish(c, slots, opts));
  if (node.type === 'root') return [{ ...node, children }];
  const properties = { ...node.properties };
  if (node.tagName === SLOT) {
    const held = slots[Number(properties['dataSlot'])];
    return held ? [{ type: held.type, name: held.name, attributes: held.attributes, children }] : children;
  }
  if (node.tagName === 'img') {
    const src = typeof properties['src'] === 'string' ? properties['src'] : '';
    if (!src || !opts.fileDir || !opts.contentDir || imageProblem(src, opts.fileDir, opts.contentDir)) return [];
    if (opts.exists && !opts.exists(resolve(opts.fileDir, src.replace(/[?#].*$/, '')))) return [];
  }
  // A class list the schema emptied would still print as class="".
  if (Array.isArray(properties['className']) && !properties['className'].length) delete properties['className'];
  for (const key of ['href', 'cite']) {
    const v = properties[key];
    if (typeof v === 'string' && linkProblem(v)) delete properties[key];
  }
  return [{ ...node, properties, children }];
}

export function sanitizeBody<T extends BodyNode>(root: T, opts: SanitizeOptions = {}): T {
  const slots: Held[] = [];
  const prepared = prepare(root, slots) ?? { type: 'root', children: [] };
  const clean = sanitize(prepared as never, SCHEMA) as unknown as BodyNode;
  return (finish(clean, slots, opts)[0] ?? { type: 'root', children: [] }) as T;
}

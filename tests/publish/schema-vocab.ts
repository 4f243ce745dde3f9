/**
 * schema.org's vocabulary as published in the schema-dts package (generated from
 * schema.org's own definitions): for each type, the properties it and its parent
 * types define. Used to check every JSON-LD block the site writes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Iface {
  parents: string[];
  props: string[];
}

let cache: Map<string, Iface> | undefined;
function interfaces(): Map<string, Iface> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('schema-dts/package.json')), 'dist/schema.d.ts');
  const text = readFileSync(file, 'utf8');
  cache = new Map();
  for (const m of text.matchAll(/^(?:export )?interface (\w+)(?: extends ([^{]+))? \{\n([\s\S]*?)^\}/gm)) {
    const parents = (m[2] ?? '')
      .split(',')
      .map((p) => p.trim().replace(/^Partial<(\w+)>$/, '$1'))
      .filter(Boolean);
    const props = [...m[3]!.matchAll(/^ {4}"([^"]+)"\??:/gm)].map((p) => p[1]!).filter((p) => !p.startsWith('@'));
    cache.set(m[1]!, { parents, props });
  }
  return cache;
}

/** Properties of a schema.org type, inherited ones included; undefined for an unknown type. */
export function propertiesOf(type: string): Set<string> | undefined {
  const all = interfaces();
  const leaf = all.get(`${type}Leaf`);
  if (!leaf) return undefined;
  const props = new Set<string>();
  const seen = new Set<string>();
  const walk = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const i = all.get(name);
    if (!i) return;
    i.props.forEach((p) => props.add(p));
    i.parents.forEach(walk);
  };
  walk(`${type}Leaf`);
  return props;
}

const ACTION_ANNOTATION = /^(.+)-(input|output)$/;

/** Every problem in a JSON-LD tree: unknown types, and properties their type does not define. */
export function vocabularyProblems(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => vocabularyProblems(n, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  const problems: string[] = [];
  const type = obj['@type'];
  if (typeof type === 'string') {
    const props = propertiesOf(type);
    if (!props) problems.push(`${path}: unknown type ${type}`);
    else {
      for (const key of Object.keys(obj)) {
        if (key.startsWith('@')) continue;
        const annotated = ACTION_ANNOTATION.exec(key)?.[1];
        if (!props.has(key) && !(annotated && props.has(annotated))) problems.push(`${path}: ${type} has no property "${key}"`);
      }
    }
  }
  for (const [key, value] of Object.entries(obj)) problems.push(...vocabularyProblems(value, `${path}.${key}`));
  return problems;
}

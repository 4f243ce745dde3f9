/** The directives' codes and aliases, read straight from their files (before Astro loads anything). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_DIRS } from './collections.ts';
import { slugFromPath } from '../vi/slug.ts';
import type { DirectiveSpellings } from '../vi/directive-code.ts';
import { listContentFiles } from './check/check.ts';
import { parseContentFile } from './check/frontmatter.ts';

export function readDirectiveRefs(contentDir: string): DirectiveSpellings[] {
  return listContentFiles(join(contentDir, COLLECTION_DIRS.directives)).flatMap((path) => {
    const { data } = parseContentFile(readFileSync(path, 'utf8'));
    if (!data || typeof data['code'] !== 'string' || data['draft'] === true) return [];
    const aliases = Array.isArray(data['aliases']) ? data['aliases'].filter((a): a is string => typeof a === 'string') : [];
    const province = typeof data['province'] === 'string' ? data['province'].normalize('NFC') : undefined;
    return [{ id: slugFromPath(path), code: data['code'], aliases, province }];
  });
}

/** ASCII URL slugs from Vietnamese text. */
import { foldDiacritics } from './normalize.ts';

/**
 * "Quy định 08-QĐi/TW" → "quy-dinh-08-qdi-tw". Folding removes every mark, so
 * tone-placement variants (hòa/hoà, thủy/thuỷ) give the same slug.
 */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Entry id from a content file path: its file name, slugified. */
export function slugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return slugify(name.replace(/\.(mdx?|md)$/i, ''));
}

/**
 * Sentences of a story body that name its facts, kept with its headline record:
 * a headline result whose sapo does not name what the reader typed (a speaker of
 * a conference, a directive a story cites) is shown with the sentence of the
 * story that does, without reading the story's full-text fragment. Pure.
 */

/** Markdown and MDX as plain prose: no components, no link targets, no emphasis marks. */
export function plainProse(body: string): string {
  return body
    .replace(/^\s*(?:import|export)\s.*$/gm, '')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\{[^}\n]*\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences: a full stop, question or exclamation mark, or ellipsis, then a capital or an opening quote. */
export const sentencesOf = (prose: string): string[] =>
  prose
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}"“(])/u)
    .map((s) => s.trim())
    .filter(Boolean);

/** Longest sentence kept, in words: an excerpt is about 32. */
const MAX_WORDS = 40;

/**
 * For each name (in order), the first sentence that holds it, once each, at most `max` (a conference lists a dozen speakers at most);
 * a long sentence is cut to the words around the name, at word boundaries.
 */
export function sentencesNaming(body: string, names: readonly string[], max = 12): string[] {
  const sentences = sentencesOf(plainProse(body.normalize('NFC')));
  const out: string[] = [];
  for (const name of names) {
    if (out.length >= max) break;
    const needle = name.normalize('NFC').toLowerCase();
    if (needle.split(/\s+/).length < 2 && !/\d/.test(needle)) continue;
    const found = sentences.find((s) => s.toLowerCase().includes(needle));
    if (!found) continue;
    const words = found.split(' ');
    let text = found;
    if (words.length > MAX_WORDS) {
      const at = found.toLowerCase().slice(0, found.toLowerCase().indexOf(needle)).split(' ').length - 1;
      const start = Math.max(0, Math.min(at - 10, words.length - MAX_WORDS));
      text = `${start > 0 ? '… ' : ''}${words.slice(start, start + MAX_WORDS).join(' ')}${start + MAX_WORDS < words.length ? ' …' : ''}`;
    }
    if (!out.includes(text)) out.push(text);
  }
  return out;
}

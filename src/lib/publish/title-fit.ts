/**
 * Which size a share card's headline should be drawn at, predicted from the
 * font's advance widths instead of found by drawing it at every size in turn
 * (each drawing costs a few milliseconds of Pango). Pango wraps greedily at
 * spaces, as `wrapLines` does; the prediction ignores kerning, so the drawing
 * still checks the result and steps down a size when the guess was too large.
 */

/** Advance width of a text at 1 px per em. */
export type Measure = (text: string) => number;

/** Lines a greedy word wrap makes of `words` in `width` pixels at `size` px per em. */
export function wrapLines(words: readonly string[], measure: Measure, size: number, width: number): number {
  if (!words.length) return 1;
  const space = measure(' ') * size;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = measure(word) * size;
    if (used === 0) used = w;
    else if (used + space + w <= width) used += space + w;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}

/**
 * Index in `sizes` (largest first) of the first size whose wrapped lines fit
 * `maxLines(size)`; the last index when none does.
 */
export function predictedSizeIndex(title: string, sizes: readonly number[], measure: Measure, width: number, maxLines: (size: number) => number): number {
  const words = title.split(/\s+/).filter(Boolean);
  const i = sizes.findIndex((size) => wrapLines(words, measure, size, width) <= maxLines(size));
  return i === -1 ? sizes.length - 1 : i;
}

/** A Measure from per-character advances (in font units) and the font's units per em; unknown characters count as `fallback`. */
export function advanceMeasure(advance: (codePoint: number) => number | undefined, unitsPerEm: number, fallback: number): Measure {
  const cache = new Map<number, number>();
  return (text) => {
    let units = 0;
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0)!;
      let a = cache.get(cp);
      if (a === undefined) cache.set(cp, (a = advance(cp) ?? fallback));
      units += a;
    }
    return units / unitsPerEm;
  };
}

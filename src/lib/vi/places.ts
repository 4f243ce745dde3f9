/**
 * Places as a fact box prints them. A place often already ends with its province
 * ("Hội trường Tỉnh ủy Nam Định", or the province itself: "Hà Nội"), and "Hà Nội,
 * Hà Nội" reads as a mistake. Pure.
 */
import { foldKey } from './normalize.ts';

const fold = (s: string) => foldKey(s.normalize('NFC')).replace(/\s+/g, ' ').trim();

/** "<place>, <province>", or the place alone when it already ends with the province's name. */
export function placeWithProvince(place: string, province: string | undefined): string {
  const p = place.trim();
  if (!province?.trim()) return p;
  const a = fold(p);
  const b = fold(province);
  if (a === b || a.endsWith(` ${b}`) || a.endsWith(`, ${b}`) || a.endsWith(`tinh ${b}`) || a.endsWith(`tp ${b}`)) return p;
  return `${p}, ${province.trim()}`;
}

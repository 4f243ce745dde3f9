/**
 * Words typed with the Vietnamese input method switched off. Telex writes marks
 * as letters ("neeu guwowng" = "nêu gương", tones s f r x j), VNI as digits
 * ("bu2i thi5 nu5" = "bùi thị nụ"). A word is decoded only when it carries such
 * keys and the result is a real syllable; anything else stays as typed.
 */
import { isSyllable, placeTone, type Tone } from './syllable.ts';

const TELEX_TONES: Record<string, Tone> = { s: 'sac', f: 'huyen', r: 'hoi', x: 'nga', j: 'nang' };
const VNI_TONES: Record<string, Tone> = { '1': 'sac', '2': 'huyen', '3': 'hoi', '4': 'nga', '5': 'nang' };

/** Abbreviations that happen to look like Telex ("TW" would read as "tư"). */
const KEEP = new Set(['tw', 'tu', 'ubnd', 'hdnd', 'mttq', 'bch', 'btv', 'ct', 'cp', 'qd', 'nq', 'kl', 'hd', 'tp', 'thcs', 'thpt', 'ttg', 'ubkt']);

/** Restores the case pattern of `typed` on `decoded`: "Buif" → "Bùi", "NEEU" → "NÊU". */
function withCase(typed: string, decoded: string): string {
  if (typed === typed.toUpperCase() && typed !== typed.toLowerCase() && typed.length > 1) return decoded.toUpperCase();
  if (typed[0] && typed[0] !== typed[0].toLowerCase()) return decoded[0]!.toUpperCase() + decoded.slice(1);
  return decoded;
}

/** Telex letters → Vietnamese letters, or undefined when the word has no Telex keys. */
export function decodeTelex(typed: string): string | undefined {
  const w = typed.toLowerCase();
  if (!/^[a-z]{2,9}$/.test(w) || KEEP.has(w)) return undefined;
  // The first vowel ends the initial consonant; tone keys can only come after it.
  const firstVowel = w.search(/[aeiouy]/);
  if (firstVowel < 0) return undefined;
  let tone: Tone = '';
  let toneKeys = 0;
  let rest = w.slice(0, firstVowel);
  for (const ch of w.slice(firstVowel)) {
    if (ch in TELEX_TONES) {
      tone = TELEX_TONES[ch]!;
      toneKeys++;
    } else if (ch === 'z') toneKeys++;
    else rest += ch;
  }
  if (toneKeys > 1) return undefined;
  let letters = rest.replace(/^dd/, 'đ');
  // A trailing w applies to the vowels before the final consonant: "duongw" = "dương".
  const trailingW = /^([^aeiouy]*)([aeiouy]+)([^aeiouyw]*)w$/.exec(letters);
  if (trailingW) {
    const [, ini, vow, fin] = trailingW;
    const horned = vow!
      .replace(/uo$|uo(?=[aiu]?$)/, 'ươ')
      .replace(/^u(?=[ai]?$)|u$/, 'ư')
      .replace(/o(?=[ai]?$)/, 'ơ')
      .replace(/a$/, 'ă');
    if (horned !== vow) letters = ini! + horned + fin!;
  }
  letters = letters
    .replace(/uwow|uow|uwo/g, 'ươ')
    .replace(/aw/g, 'ă')
    .replace(/ow/g, 'ơ')
    .replace(/uw/g, 'ư')
    .replace(/aa/g, 'â')
    .replace(/ee/g, 'ê')
    .replace(/oo/g, 'ô')
    .replace(/(?<=^[^aeiouyăâêôơư]+)w(?=[^aeiouy]*$)/, 'ư');
  if (letters === w || letters.includes('w')) return undefined;
  const decoded = placeTone(letters, tone);
  return isSyllable(decoded) ? withCase(typed, decoded) : undefined;
}

/** VNI digits → Vietnamese letters, or undefined when the word has no VNI keys. */
export function decodeVni(typed: string): string | undefined {
  const w = typed.toLowerCase();
  if (!/^[a-z][a-z0-9]{1,11}$/.test(w) || !/[a-z]/.test(w) || !/[1-9]/.test(w) || /0/.test(w)) return undefined;
  let tone: Tone = '';
  let letters = '';
  for (const ch of w) {
    if (ch in VNI_TONES) {
      if (tone) return undefined;
      tone = VNI_TONES[ch]!;
    } else if (ch === '6') letters = applyLast(letters, { a: 'â', e: 'ê', o: 'ô' });
    else if (ch === '7') letters = /uo$|uo(?=[^aeiouy]*$)/.test(letters) ? letters.replace(/uo(?=[^aeiouy]*$)/, 'ươ') : applyLast(letters, { o: 'ơ', u: 'ư' });
    else if (ch === '8') letters = applyLast(letters, { a: 'ă' });
    else if (ch === '9') letters = letters.replace(/^d/, 'đ');
    else if (/[a-z]/.test(ch)) letters += ch;
    else return undefined;
    if (letters === undefined) return undefined;
  }
  if (!letters || letters === w) return undefined;
  const decoded = placeTone(letters, tone);
  return isSyllable(decoded) ? withCase(typed, decoded) : undefined;
}

/** Applies a vowel mark to the last letter that can take it. */
function applyLast(letters: string, map: Record<string, string>): string {
  for (let i = letters.length - 1; i >= 0; i--) {
    const to = map[letters[i]!];
    if (to) return letters.slice(0, i) + to + letters.slice(i + 1);
  }
  return letters;
}

export type Decoding = { text: string; method: 'telex' | 'vni' };

/** The Vietnamese a word was meant to be, if it was typed in Telex or VNI; undefined otherwise. */
export function decodeTyped(word: string): Decoding | undefined {
  if (/[^\x00-\x7f]/.test(word)) return undefined;
  const vni = decodeVni(word);
  if (vni) return { text: vni, method: 'vni' };
  const telex = decodeTelex(word);
  if (telex) return { text: telex, method: 'telex' };
  return undefined;
}

/**
 * Vietnamese syllables: split into tone and letters, put the tone mark back in
 * its place, and tell a real syllable from a string of letters. Used to decide
 * whether a word typed with the input method off decodes to Vietnamese.
 */

export type Tone = '' | 'sac' | 'huyen' | 'hoi' | 'nga' | 'nang';

const TONE_MARKS: Record<Exclude<Tone, ''>, string> = { sac: '\u0301', huyen: '\u0300', hoi: '\u0309', nga: '\u0303', nang: '\u0323' };
const MARK_TONES = new Map(Object.entries(TONE_MARKS).map(([t, m]) => [m, t as Tone]));

/** Letters without the tone, and the tone: "Nguyễn" → { letters: "Nguyên", tone: "nga" }. */
export function splitTone(syllable: string): { letters: string; tone: Tone } {
  let tone: Tone = '';
  const letters = syllable
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, (m) => {
      tone ||= MARK_TONES.get(m) ?? '';
      return '';
    })
    .normalize('NFC');
  return { letters, tone };
}

const VOWELS = 'aăâeêioôơuưy';
const isVowel = (ch: string) => VOWELS.includes(ch.toLowerCase());
const MARKED = 'ăâêôơư';

/** Initial consonants, longest first. */
const INITIALS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Every rhyme (vần) of standard Vietnamese spelling, without tone. */
const RHYMES = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on ong op ot ooc oong ' +
    'ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u ua uân uâng uât uây uc uê uêch uênh uy uya uych uyên uyêt uynh uyt uyu ui um un ung up ut uôc uôi uôm uôn uông uôt uơ ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu y yêm yên yêt yêu'
  ).split(' '),
);

/** Rhymes that close with a stop take only the sắc and nặng tones. */
const STOP = /(p|t|c|ch)$/;

function rhymeOk(initial: string, rhyme: string, tone: Tone): boolean {
  if (!rhyme) return false;
  let r = rhyme;
  if (initial === 'qu') {
    // "qu" carries the medial u: qua, quân, quyết, quốc.
    if (/^[uư]/.test(r) && !/^uô/.test(r)) return false;
    r = /^[aăe]/.test(r) ? `o${r}` : `u${r}`;
    if (!RHYMES.has(r) && !RHYMES.has(rhyme)) return false;
  } else if (initial === 'gi') {
    // "gi" swallows the i of iê: giếng, giữa; "gì" is g + ì.
    if (!RHYMES.has(r) && !RHYMES.has(`i${r}`)) return false;
  } else if (!RHYMES.has(r)) return false;
  const first = r[0]!;
  const front = 'eêi'.includes(first) || (first === 'y' && initial !== 'qu');
  if ((initial === 'k' || initial === 'gh' || initial === 'ngh') && !front) return false;
  if ((initial === 'c' || initial === 'g' || initial === 'ng') && front && !(initial === 'g' && r === 'i')) return false;
  if (STOP.test(r) && tone !== '' && tone !== 'sac' && tone !== 'nang') return false;
  if (STOP.test(r) && tone === '') return false;
  return true;
}

/** Whether `word` (any case, NFC or NFD) is a well-formed Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  const { letters, tone } = splitTone(word.toLowerCase());
  if (!/^[a-zđăâêôơư]+$/.test(letters)) return false;
  return INITIALS.some((i) => letters.startsWith(i) && rhymeOk(i, letters.slice(i.length), tone));
}

/** Whether a syllable without tone marks could be Vietnamese (for ASCII words typed without marks). */
export const isBareSyllable = (word: string): boolean => /^[a-z]+$/i.test(word) && (isSyllable(word) || isSyllable(`${word}\u0301`));

/**
 * Puts `tone` on the right vowel of `letters` (traditional placement, as the
 * site's text writes it: hòa, thủy, khóa; hoàn, thuyền).
 */
export function placeTone(letters: string, tone: Tone): string {
  if (!tone) return letters.normalize('NFC');
  const lower = letters.toLowerCase();
  // The u of qu and the i of gi belong to the consonant.
  const skip = /^(qu|gi)(?=[aăâeêioôơuưy])/.test(lower) ? 2 : 0;
  const positions: number[] = [];
  for (let i = skip; i < lower.length; i++) if (isVowel(lower[i]!)) positions.push(i);
  if (!positions.length) {
    if (skip) positions.push(1);
    else return letters.normalize('NFC');
  }
  const last = positions[positions.length - 1]!;
  const hasFinal = last < lower.length - 1;
  let at: number;
  const marked = positions.filter((p) => MARKED.includes(lower[p]!));
  if (marked.length)
    at = marked[marked.length - 1]!; // ươ → ơ, â, ê …
  else if (positions.length === 1) at = positions[0]!;
  else if (hasFinal) at = last;
  else at = positions[positions.length - 2]!;
  return (letters.slice(0, at + 1) + TONE_MARKS[tone] + letters.slice(at + 1)).normalize('NFC');
}

/**
 * Text pasted from old documents typed in legacy Vietnamese encodings shows up
 * as mojibake once read as Unicode: VNI ("Nguyeãn Vaên", "Ñaûng") and TCVN3 /
 * .VnTime ("NguyÔn V¨n", "§¶ng"). These patterns never occur in real Vietnamese.
 *
 * TCVN3 puts Vietnamese letters at the positions of Latin-1 symbols (© is â, « is ô,
 * ® is đ, § is Đ), and those symbols are also ordinary text: "m²", "39°C", "«…»",
 * "© 2021", "½", "µm". So a symbol alone proves nothing: a word is TCVN3 only when
 * read back through the TCVN3 table it becomes a Vietnamese syllable ("§¶ng" →
 * "Đảng", "B×nh" → "Bình"), which "m²", "«Dân" or "Samsung®" never do.
 */

export type LegacyEncoding = 'VNI' | 'TCVN3';

export interface LegacyHit {
  encoding: LegacyEncoding;
  /** The word it was found in, to show the editor. */
  word: string;
}

/** VNI writes a base vowel then a modifier byte that reads as another accented letter. */
const VNI_PAIR = /[aeoAEO][âêÂÊ]|[aeiouyAEIOUY][ùøûõïÙØÛÕÏ]|[ôöÔÖ][ùøûõïÙØÛÕÏ]|[ñÑ][a-zA-Zâêôöùøûõï]/u;
/** Letters VNI uses as modifiers that Vietnamese never uses: ø ï ö ñ. */
const VNI_ONLY = /[øïöñØÏÖÑ]/u;

/** The TCVN3 (ABC, .VnTime) table: the Latin-1 character each Vietnamese letter is stored as. */
const TCVN3_TABLE: Record<string, string> = {
  µ: 'à',
  '¸': 'á',
  '¶': 'ả',
  '·': 'ã',
  '¹': 'ạ',
  '¨': 'ă',
  '»': 'ằ',
  '¾': 'ắ',
  '¼': 'ẳ',
  '½': 'ẵ',
  Æ: 'ặ',
  '©': 'â',
  Ç: 'ầ',
  Ê: 'ấ',
  È: 'ẩ',
  É: 'ẫ',
  Ë: 'ậ',
  '®': 'đ',
  Ì: 'è',
  Ð: 'é',
  Î: 'ẻ',
  Ï: 'ẽ',
  Ñ: 'ẹ',
  ª: 'ê',
  Ò: 'ề',
  Õ: 'ế',
  Ó: 'ể',
  Ô: 'ễ',
  Ö: 'ệ',
  '×': 'ì',
  Ý: 'í',
  Ø: 'ỉ',
  Ü: 'ĩ',
  Þ: 'ị',
  ß: 'ò',
  ã: 'ó',
  á: 'ỏ',
  â: 'õ',
  ä: 'ọ',
  '«': 'ô',
  å: 'ồ',
  è: 'ố',
  æ: 'ổ',
  ç: 'ỗ',
  é: 'ộ',
  '¬': 'ơ',
  ê: 'ờ',
  í: 'ớ',
  ë: 'ở',
  ì: 'ỡ',
  î: 'ợ',
  ï: 'ù',
  ó: 'ú',
  ñ: 'ủ',
  ò: 'ũ',
  ô: 'ụ',
  '\u00AD': 'ư',
  õ: 'ừ',
  ø: 'ứ',
  ö: 'ử',
  '÷': 'ữ',
  ù: 'ự',
  ú: 'ỳ',
  ý: 'ý',
  û: 'ỷ',
  ü: 'ỹ',
  þ: 'ỵ',
  '¡': 'Ă',
  '¢': 'Â',
  '§': 'Đ',
  '£': 'Ê',
  '¤': 'Ô',
  '¥': 'Ơ',
  '¦': 'Ư',
};
/**
 * Characters of the TCVN3 table that a Unicode Vietnamese word never holds (Vietnamese
 * letters such as á, ô, é are both, and prove nothing). Only these make a word a suspect.
 */
const TCVN3_SUSPECT = new RegExp(
  `[${Object.keys(TCVN3_TABLE)
    .filter((c) => !/[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/u.test(c))
    .join('')}]`,
  'u',
);
/** … and upper-case Latin-1 letters written inside lower-case words ("NguyÔn", "ViÖt"). */
const TCVN3_INWORD = /\p{Ll}[ÔÖÕÒÓÞÜÛÝÙÚÑÐÎÍÌÏÊËÉÈÇÆÅÄÃÂÁÀ]/u;
/** Micro- units ("µm", "µg", "µm²"): "µm" would read as the syllable "àm". */
const MICRO_UNIT = /^µ[mglLsAVWFHM][²³]?$/u;

/** A Vietnamese syllable, tone marks removed, lower case: onset, vowels, final consonant. */
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?' +
    '(?:uyê|oai|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|uya|uyu' +
    '|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|oa|oe|uê|uy|uơ|oă|uâ|oo|iê|yê|uô|ươ' +
    '|[aăâeêioôơuưy])' +
    '(?:ch|ng|nh|[cmnpt])?$',
  'u',
);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Whether `word` is one Vietnamese syllable, in any case, with at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD');
  if ((nfd.match(TONES) ?? []).length > 1) return false;
  return SYLLABLE.test(nfd.replace(TONES, '').normalize('NFC').toLowerCase());
}

/** `word` read through the TCVN3 table. */
export const decodeTcvn3 = (word: string): string => [...word].map((c) => TCVN3_TABLE[c] ?? c).join('');

/**
 * Whether a word is TCVN3 mojibake: it holds a character Vietnamese never writes that way,
 * nothing outside Latin-1 (a legacy font has no "ư" or "ỷ"), at least one plain letter, and
 * read back through the table it is a Vietnamese syllable.
 */
function isTcvn3(word: string): boolean {
  if (/[^\u0000-\u00FF]/u.test(word) || !/[a-zA-Z]/.test(word) || MICRO_UNIT.test(word)) return false;
  if (!TCVN3_SUSPECT.test(word) && !TCVN3_INWORD.test(word)) return false;
  return isVietnameseSyllable(decodeTcvn3(word));
}

/** The first word that looks like legacy-encoded Vietnamese, if any. */
export function detectLegacyEncoding(text: string): LegacyHit | undefined {
  for (const word of text.split(/[\s,.;:!?()"“”'‘’[\]{}<>/\\|–—-]+/u)) {
    if (!word) continue;
    if (isTcvn3(word)) return { encoding: 'TCVN3', word };
    if (VNI_PAIR.test(word) || (VNI_ONLY.test(word) && /[aeiouy]/i.test(word))) return { encoding: 'VNI', word };
  }
  return undefined;
}

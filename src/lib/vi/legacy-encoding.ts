/**
 * Text pasted from old documents typed in legacy Vietnamese encodings shows up
 * as mojibake once read as Unicode: VNI ("Nguyeãn Vaên", "Ñaûng") and TCVN3 /
 * .VnTime ("NguyÔn V¨n", "§¶ng"). These patterns never occur in real Vietnamese.
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
/** TCVN3 puts precomposed letters at Latin-1 symbol positions. */
const TCVN3_SYMBOLS = /[¸µ¶·¹¨©ª«¬®§¦¤¥¢£¡½¾¼»º³²±°¯]/u;
/** … and at upper-case Latin-1 letters written inside lower-case words ("NguyÔn", "ViÖt"). */
const TCVN3_INWORD = /\p{Ll}[ÔÖÕÒÓÞÜÛÝÙÚÑÐÎÍÌÏÊËÉÈÇÆÅÄÃÂÁÀ]/u;

/** The first word that looks like legacy-encoded Vietnamese, if any. */
export function detectLegacyEncoding(text: string): LegacyHit | undefined {
  for (const word of text.split(/[\s,.;:!?()"“”'‘’[\]{}<>/\\|–—-]+/u)) {
    if (!word) continue;
    if (TCVN3_SYMBOLS.test(word) && /\p{L}/u.test(word.replace(TCVN3_SYMBOLS, ''))) return { encoding: 'TCVN3', word };
    if (TCVN3_INWORD.test(word)) return { encoding: 'TCVN3', word };
    if (VNI_PAIR.test(word) || (VNI_ONLY.test(word) && /[aeiouy]/i.test(word))) return { encoding: 'VNI', word };
  }
  return undefined;
}

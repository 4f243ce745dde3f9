/**
 * Document codes of Party and State directives as the press writes them:
 * 08-QĐi/TW, 08-QĐ/TW, 05/CT-TW, 05-CT/TƯ, 101- QĐ/TW, 157/2007/NĐ-CP, 18-NQ/ĐUK.
 * Every spelling of one document maps to one key.
 */
import { foldKey } from './normalize.ts';

/** Document type abbreviations, folded, to the family they belong to (QĐ and QĐi are both Quy định). */
const TYPE_FAMILY: Record<string, string> = { qdi: 'qd', qd: 'qd', ct: 'ct', nq: 'nq', nd: 'nd', kl: 'kl', hd: 'hd', tb: 'tb' };
/** Issuer abbreviations, folded, to one spelling (TW, TƯ, T.Ư, T.W are all Trung ương). */
const ISSUER_CANON: Record<string, string> = { tw: 'tw', 'tu': 'tw', 't.u': 'tw', 't.w': 'tw', duk: 'duk', cp: 'cp', ttg: 'ttg', bct: 'bct', bbt: 'bbt' };

const TYPES = 'QĐi|QĐ|Qđi|Qđ|QDi|QD|qđi|qđ|qdi|qd|CT|ct|NQ|nq|NĐ|Nđ|ND|nđ|nd|KL|kl|HD|hd|TB|tb';
const ISSUERS = 'T\\.Ư|T\\.W|TƯ|TW|Tư|ĐUK|ĐU|DUK|CP|TTg|BCT|BBT|tw|tư|đuk|cp';
/**
 * number [/year] sep type [sep issuer], separators "-" or "/" with stray spaces.
 * The first group may be followed by "/year" (157/2007/NĐ-CP).
 */
const CODE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,4})(?:\\/(\\d{4,5}))?\\s*[-/]\\s*(${TYPES})(?:\\s*[-/]\\s*(${ISSUERS}))?(?![\\p{L}\\p{N}])`,
  'gu',
);

export interface DirectiveCode {
  /** The text as written. */
  raw: string;
  /** Offset in the searched text. */
  index: number;
  number: string;
  year?: string | undefined;
  /** Type family: qd, ct, nq, nd, kl, hd. */
  type: string;
  /** Canonical issuer (tw, duk, cp …) when written. */
  issuer?: string | undefined;
}

const canonIssuer = (s: string | undefined) => {
  if (!s) return undefined;
  const k = foldKey(s).replace(/\s/g, '');
  return ISSUER_CANON[k] ?? k;
};

/** All document codes in a text, in order. */
export function findDirectiveCodes(text: string): DirectiveCode[] {
  const out: DirectiveCode[] = [];
  for (const m of text.normalize('NFC').matchAll(CODE_RE)) {
    const [raw, number, year, type, issuer] = m;
    out.push({ raw, index: m.index, number: String(Number(number)).padStart(2, '0'), year, type: TYPE_FAMILY[foldKey(type!)] ?? foldKey(type!), issuer: canonIssuer(issuer) });
  }
  return out;
}

/** "08-QĐi/TW" and "08-QĐ/TƯ" → "08-qd-tw"; an issuer-less "08-Qđi" → "08-qd". */
export const codeKey = (c: Pick<DirectiveCode, 'number' | 'type' | 'issuer'>): string => [c.number, c.type, c.issuer].filter(Boolean).join('-');

/** Parses one code written on its own (front matter `code`/`aliases`); undefined if it is not a code. */
export function parseDirectiveCode(code: string): DirectiveCode | undefined {
  const [first] = findDirectiveCodes(code.trim());
  return first && first.raw.length >= code.trim().length - 1 ? first : undefined;
}

export interface DirectiveRef {
  id: string;
  code: string;
  aliases: readonly string[];
}

/** Looks up which directive a code in any spelling means. */
export class DirectiveIndex {
  private readonly byKey = new Map<string, Set<string>>();

  constructor(directives: readonly DirectiveRef[]) {
    for (const d of directives) {
      for (const spelling of [d.code, ...d.aliases]) {
        const c = parseDirectiveCode(spelling);
        if (!c) continue;
        // Index with and without the issuer, so "08-Qđi" still finds 08-QĐi/TW.
        for (const key of new Set([codeKey(c), codeKey({ ...c, issuer: undefined })])) {
          this.byKey.set(key, (this.byKey.get(key) ?? new Set()).add(d.id));
        }
      }
    }
  }

  /** The id of the one directive a code means, or undefined if none or ambiguous. */
  resolve(code: Pick<DirectiveCode, 'number' | 'type' | 'issuer'>): string | undefined {
    const ids = this.byKey.get(codeKey(code));
    return ids && ids.size === 1 ? [...ids][0] : undefined;
  }
}

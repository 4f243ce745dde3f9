/**
 * Directive codes in search: the shared parser (src/lib/vi/directive-code.ts)
 * plus the index keys and labels only search uses.
 */
import { KIND_LABELS, type CodeKind, type DirectiveCode, type FoundCode } from '../vi/directive-code.ts';

export { findCodes, parseCode, KIND_LABELS, type CodeKind, type FoundCode } from '../vi/directive-code.ts';
export type DirectiveRef = DirectiveCode;

/**
 * Index keys. `vb…` marks a directive's own page, `vc…` the pages that cite it. Pagefind
 * matches by prefix, so the number is closed with "z" ("vbqd1z" must not find "vbqd101z"),
 * and the issuer follows, closed with "z" too: "vbct5ztwz" is Chỉ thị 05-CT/TW, "vbct5ztuz"
 * a Tỉnh ủy's 05-CT/TU, "vbqd8zz" a code written without its issuer ("08-Qđi"). Every key
 * is closed, so none is a prefix of another: Pagefind, finding no word that starts with a
 * key asked ("vbqd8zhuz"), would otherwise answer for a shorter one ("vbqd8z").
 */
const issuerPart = (ref: DirectiveRef): string => `${(ref.issuer ?? '').replace(/[^a-z0-9]/g, '')}z`;
export const selfKey = (ref: DirectiveRef): string => `vb${ref.kind}${ref.number}z${issuerPart(ref)}`;
export const citeKey = (ref: DirectiveRef): string => `vc${ref.kind}${ref.number}z${issuerPart(ref)}`;

/**
 * A key without its issuer ("vcqd303ztwz" → "vcqd303z"): the part every issuer's key of the
 * code starts with. The number's closing "z" is the key's first (no kind has a "z").
 */
export const withoutIssuer = (key: string): string => key.slice(0, key.indexOf('z') + 1);

/**
 * What a query asks for a code: its key when the reader wrote the issuer; without one
 * ("chỉ thị 05"), the part every issuer's key starts with ("vbct5z"), matched as a prefix.
 */
export const selfQuery = (ref: DirectiveRef): string => (ref.issuer ? selfKey(ref) : withoutIssuer(selfKey(ref)));
export const citeQuery = (ref: DirectiveRef): string => (ref.issuer ? citeKey(ref) : withoutIssuer(citeKey(ref)));

/** Whether an index word is a code key: closed, so no shorter word of the index is a prefix of it. */
export const isCodeKey = (word: string): boolean => /^v[bc][a-z]+\d+z(?:[a-z0-9]*z)?$/.test(word);

/** Issuers a reader may type after a spoken code ("ct 05 tu"), folded. */
export const ISSUER_WORDS = new Set(['tw', 'tu', 'hu', 'du', 'duk', 'btgtu', 'btgtw', 'cp', 'ubnd', 'ttg']);

/**
 * The issuers a code in a query may mean. "TU" typed without the horn may be a Tỉnh ủy or
 * Trung ương written without diacritics: both, Trung ương first.
 */
export const queryIssuers = (ref: DirectiveRef): (string | undefined)[] => (ref.issuer === 'tu' ? ['tw', 'tu'] : [ref.issuer]);

/**
 * The kinds a code in a query may mean. A bare "QĐ 123" typed in the search box may be a
 * Quy định or a Quyết định (see `qdKind`): both, Quy định first. Any other code is its own kind.
 */
export const queryKinds = (ref: FoundCode): CodeKind[] => (ref.kind === 'qd' && !ref.written && /^q[đd]\s/iu.test(ref.text) ? ['qd', 'qdinh'] : [ref.kind]);

/** "Quy định 08" — how results describe a code that was recognised. */
export const describeRef = (ref: DirectiveRef): string => `${KIND_LABELS[ref.kind]} ${ref.number.padStart(2, '0')}`;

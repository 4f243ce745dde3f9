/**
 * Directive codes in search: the shared parser (src/lib/vi/directive-code.ts)
 * plus the index keys and labels only search uses.
 */
import { KIND_LABELS, type DirectiveCode } from '../vi/directive-code.ts';

export { findCodes, parseCode, KIND_LABELS, type CodeKind, type FoundCode } from '../vi/directive-code.ts';
export type DirectiveRef = DirectiveCode;

/**
 * Index keys. Pagefind matches by prefix, so the number is closed with "z":
 * "vbqd1z" must not find "vbqd101z". `vb…` marks a directive's own page,
 * `vc…` the pages that cite it.
 */
export const selfKey = (ref: DirectiveRef): string => `vb${ref.kind}${ref.number}z`;
export const citeKey = (ref: DirectiveRef): string => `vc${ref.kind}${ref.number}z`;

/** "Quy định 08" — how results describe a code that was recognised. */
export const describeRef = (ref: DirectiveRef): string => `${KIND_LABELS[ref.kind]} ${ref.number.padStart(2, '0')}`;

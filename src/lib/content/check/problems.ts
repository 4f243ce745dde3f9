/** A problem found in content, and how it is printed for editors. */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file; 1 when the problem concerns the whole file. */
  line: number;
  /** Dotted front-matter field ("cover.alt"), or undefined for the file or its body. */
  field?: string | undefined;
  severity: Severity;
  /** Vietnamese: what is wrong and what to write instead. */
  message: string;
  /** Stable machine-readable code of the rule. */
  rule: string;
}

/** `content/hoi-nghi/x.md:7 — trường publishedAt: …` (warnings say so). */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}`;
  const field = p.field ? `trường ${p.field}: ` : '';
  const level = p.severity === 'warning' ? 'cảnh báo: ' : '';
  return `${where} — ${level}${field}${p.message}`;
}

/** ["speakers", 0, "name"] → "speakers (mục 1).name": positions counted from 1, as editors count. */
export const fieldLabel = (path: readonly (string | number)[]): string | undefined =>
  path.length ? path.map((k) => (typeof k === 'number' ? ` (mục ${k + 1})` : `.${k}`)).join('').replace(/^\./, '') : undefined;

export const sortProblems = (problems: Problem[]): Problem[] =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');

/** Closing summary line: "2 lỗi, 1 cảnh báo" or a clean bill. */
export function summary(problems: readonly Problem[], files: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (!problems.length) return `Đã kiểm tra ${files} tệp: không có lỗi.`;
  return `Đã kiểm tra ${files} tệp: ${errors} lỗi, ${warnings} cảnh báo.`;
}

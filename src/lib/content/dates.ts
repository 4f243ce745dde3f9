/**
 * Dates as editors write them in front matter. Stricter than `new Date()`,
 * which silently turns 2019-02-30 into 2 March and reads a time without a
 * zone as the build machine's local time.
 */

export type DateProblem = 'missing' | 'format' | 'impossible' | 'zone';
export type DateResult = { ok: true; date: Date } | { ok: false; problem: DateProblem };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Parses a date (2019-07-20) or a date-time with its zone (2019-07-20T08:00:00+07:00). */
export function parseContentDate(value: unknown): DateResult {
  if (value === undefined || value === null || value === '') return { ok: false, problem: 'missing' };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { ok: false, problem: 'impossible' } : { ok: true, date: value };
  if (typeof value !== 'string') return { ok: false, problem: 'format' };
  const m = ISO.exec(value.trim());
  if (!m) return { ok: false, problem: 'format' };
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h ?? 0), minute = Number(mi ?? 0), second = Number(s ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, problem: 'impossible' };
  }
  // A time of day means nothing without its zone; a bare date is a calendar day.
  if (h !== undefined && !zone) return { ok: false, problem: 'zone' };
  const iso = h === undefined ? `${y}-${mo}-${d}T00:00:00Z` : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone === 'Z' ? 'Z' : zone!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? { ok: false, problem: 'impossible' } : { ok: true, date };
}

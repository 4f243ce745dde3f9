import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../../src/lib/content/dates.ts';

describe('front-matter dates', () => {
  it('reads a date-time with its zone', () => {
    const r = parseContentDate('2019-07-20T08:00:00+07:00');
    expect(r.ok && r.date.toISOString()).toBe('2019-07-20T01:00:00.000Z');
    const compact = parseContentDate('2019-07-20 08:00+0700');
    expect(compact.ok && compact.date.toISOString()).toBe('2019-07-20T01:00:00.000Z');
  });
  it('reads a bare date as that calendar day', () => {
    const r = parseContentDate('2018-10-25');
    expect(r.ok && r.date.toISOString()).toBe('2018-10-25T00:00:00.000Z');
  });
  it('rejects impossible dates that new Date() would roll over', () => {
    expect(parseContentDate('2019-02-30')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseContentDate('2019-13-01')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseContentDate('2019-07-20T25:00:00+07:00')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseContentDate('2020-02-29').ok).toBe(true);
  });
  it('rejects other formats and a time without a zone', () => {
    expect(parseContentDate('32/13/2019')).toEqual({ ok: false, problem: 'format' });
    expect(parseContentDate('20/7/2019')).toEqual({ ok: false, problem: 'format' });
    expect(parseContentDate(20190720)).toEqual({ ok: false, problem: 'format' });
    expect(parseContentDate('2019-07-20T08:00:00')).toEqual({ ok: false, problem: 'zone' });
    expect(parseContentDate(undefined)).toEqual({ ok: false, problem: 'missing' });
  });
  it('accepts a Date that YAML already parsed, but not an invalid one', () => {
    expect(parseContentDate(new Date('2019-07-20T00:00:00Z')).ok).toBe(true);
    expect(parseContentDate(new Date('x'))).toEqual({ ok: false, problem: 'impossible' });
  });
});

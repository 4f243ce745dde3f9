import { describe, expect, it } from 'vitest';
import { formatDate, formatDateline, formatDayDate, formatTime, isoVn, weekdayName } from '../../../src/lib/vi/dateline.ts';

describe('dateline', () => {
  it('prints the reference format in Vietnam time', () => {
    // 08:17 in Hà Nội is 01:17 UTC.
    expect(formatDateline(new Date('2021-05-10T01:17:00Z'))).toBe('Cập nhật lúc 08:17, Thứ Hai, 10/05/2021 (GMT+7)');
  });
  it('moves to the next day when UTC evening is already morning in Vietnam', () => {
    const d = new Date('2019-07-19T23:30:00Z');
    expect(formatDate(d)).toBe('20/07/2019');
    expect(formatTime(d)).toBe('06:30');
    expect(weekdayName(d)).toBe('Thứ Bảy');
  });
  it('shows a YAML date (UTC midnight) as the same calendar day', () => {
    expect(formatDayDate(new Date('2018-10-25T00:00:00Z'))).toBe('Thứ Năm, 25/10/2018');
  });
  it('gives the same result whatever the machine time zone is', () => {
    const before = process.env.TZ;
    const d = new Date('2021-05-09T17:00:00Z');
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        expect(formatDateline(d)).toBe('Cập nhật lúc 00:00, Thứ Hai, 10/05/2021 (GMT+7)');
      }
    } finally {
      // Assigning undefined would set TZ to the string "undefined" for every later test.
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
  it('names every weekday, Sunday as Chủ Nhật', () => {
    const names = Array.from({ length: 7 }, (_, i) => weekdayName(new Date(Date.UTC(2021, 4, 9 + i, 5))));
    expect(names).toEqual(['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
  });
  it('writes machine-readable times with the +07:00 offset', () => {
    expect(isoVn(new Date('2021-05-10T01:17:00Z'))).toBe('2021-05-10T08:17:00+07:00');
    expect(isoVn(new Date('2019-12-31T17:05:00Z'))).toBe('2020-01-01T00:05:00+07:00');
  });
});

describe('when an event began', () => {
  it('prints the hour when the source gives it, and only the part of the day when it does not', async () => {
    const { formatEventTime, isoDayVn } = await import('../../../src/lib/vi/dateline.ts');
    expect(formatEventTime(new Date('2019-07-20T08:00:00+07:00'))).toBe('08:00, Thứ Bảy, 20/07/2019');
    // "Chiều 9/5": the day, and the part of the day, with no hour made up.
    const day = new Date('2018-05-09T00:00:00+07:00');
    expect(formatEventTime(day, 'chiều')).toBe('Chiều, Thứ Tư, 09/05/2018');
    expect(isoDayVn(day)).toBe('2018-05-09');
  });
});

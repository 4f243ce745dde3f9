/** Dates and times as Vietnamese news sites print them, always in Vietnam time. */

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Calendar fields of an instant as seen in Vietnam. */
export interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/**
 * Built from `formatToParts` rather than a locale pattern: ICU's combined
 * date-time patterns change between versions, the parts do not.
 */
const partsByTime = new Map<number, Readonly<VnParts>>();
/** Remembered by instant: a build formats the same few thousand dates on every list, feed and sitemap. */
export function vnParts(date: Date): Readonly<VnParts> {
  const time = date.getTime();
  let parts = partsByTime.get(time);
  if (!parts) {
    const all = partsFormat.formatToParts(date);
    const get = (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? '';
    parts = {
      year: Number(get('year')),
      month: Number(get('month')),
      day: Number(get('day')),
      hour: Number(get('hour')),
      minute: Number(get('minute')),
      weekday: WEEKDAY_INDEX[get('weekday')] ?? 0,
    };
    if (partsByTime.size >= 100_000) partsByTime.clear();
    partsByTime.set(time, parts);
  }
  return parts;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Thứ Hai" */
export const weekdayName = (date: Date): string => WEEKDAYS[vnParts(date).weekday]!;

/** "10/05/2021" */
export function formatDate(date: Date): string {
  const p = vnParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "08:17" */
export function formatTime(date: Date): string {
  const p = vnParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "Thứ Hai, 10/05/2021" */
/**
 * When an event began, as a fact box prints it: "14:00, Thứ Tư, 09/05/2018", or, when the
 * source gives only the part of the day, "Chiều, Thứ Tư, 09/05/2018" — never an hour made up.
 */
export function formatEventTime(date: Date, partOfDay?: string): string {
  const when = partOfDay ? partOfDay[0]!.toLocaleUpperCase('vi') + partOfDay.slice(1) : formatTime(date);
  return `${when}, ${formatDayDate(date)}`;
}

/** The Vietnam calendar day of an instant, as ISO 8601: "2018-05-09". */
export function isoDayVn(date: Date): string {
  const p = vnParts(date);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** A document's issue date as documents print it, without leading zeros: "Ban hành ngày 15/5/2016". */
export function formatIssued(date: Date): string {
  const p = vnParts(date);
  return `Ban hành ngày ${p.day}/${p.month}/${p.year}`;
}

export const formatDayDate = (date: Date): string => `${weekdayName(date)}, ${formatDate(date)}`;

/** "Cập nhật lúc 08:17, Thứ Hai, 10/05/2021 (GMT+7)" */
export const formatDateline = (date: Date): string => `Cập nhật lúc ${formatTime(date)}, ${formatDayDate(date)} (GMT+7)`;

/** ISO 8601 with the Vietnam offset, for `<time datetime>` and JSON-LD: "2021-05-10T08:17:00+07:00". */
export function isoVn(date: Date): string {
  const p = vnParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00+07:00`;
}

/** Small helpers for writing XML by hand: escaping and the date formats feeds and sitemaps use. */
import { vnParts } from '../vi/dateline.ts';

/** Escapes text for XML element content and attribute values. */
export const escapeXml = (text: string): string =>
  text
    // Characters XML 1.0 does not allow at all (control characters other than tab and newlines).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * RFC 822 date in Vietnam time, as RSS 2.0 wants it: "Mon, 10 May 2021 08:17:00 +0700".
 * Seconds are kept, unlike the printed dateline.
 */
export function rfc822Vn(date: Date): string {
  const p = vnParts(date);
  const seconds = date.getUTCSeconds();
  return `${DAYS[p.weekday]}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(seconds)} +0700`;
}

/** Joins an XML declaration and a root element. */
export const xmlDocument = (root: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;

/** RSS 2.0 documents, written by hand so every element is one we chose. */
import { escapeXml, rfc822Vn, xmlDocument } from './xml.ts';

export interface FeedImage {
  /** Absolute URL. */
  url: string;
  type: string;
  width?: number | undefined;
  height?: number | undefined;
  alt?: string | undefined;
}

export interface FeedItem {
  title: string;
  /** Absolute URL of the story; also its guid. */
  link: string;
  /** The sapo. */
  description: string;
  date: Date;
  categories: string[];
  image?: FeedImage | undefined;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  items: FeedItem[];
}

/** Items a feed carries: readers only need what is new. */
export const FEED_LIMIT = 30;

const tag = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const attrs = (pairs: Record<string, string | number | undefined>) =>
  Object.entries(pairs)
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

/** Categories without repeats; a tag spelled like the section ("học tập và làm theo Bác") counts once. */
export const uniqueCategories = (categories: readonly string[]): string[] => {
  const seen = new Set<string>();
  return categories.filter((c) => {
    const key = c.toLocaleLowerCase('vi');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

function item(i: FeedItem): string {
  const parts = [
    tag('title', i.title),
    tag('link', i.link),
    `<guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
    tag('description', i.description),
    tag('pubDate', rfc822Vn(i.date)),
    ...uniqueCategories(i.categories).map((c) => tag('category', c)),
  ];
  if (i.image) {
    const img = i.image;
    parts.push(
      `<media:content${attrs({ url: img.url, type: img.type, medium: 'image', width: img.width, height: img.height })}>` +
        (img.alt ? tag('media:description', img.alt) : '') +
        '</media:content>',
    );
  }
  return `<item>${parts.join('')}</item>`;
}

/** A whole RSS 2.0 document in Vietnamese; items newest first, at most FEED_LIMIT. */
export function renderRss(channel: FeedChannel): string {
  const items = [...channel.items].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, FEED_LIMIT);
  // The newest item's time, not the build's: an unchanged feed stays byte-identical.
  const updated = items[0]?.date;
  const head = [
    tag('title', channel.title),
    tag('link', channel.link),
    tag('description', channel.description),
    tag('language', 'vi'),
    `<atom:link${attrs({ href: channel.self, rel: 'self', type: 'application/rss+xml' })}/>`,
    ...(updated ? [tag('lastBuildDate', rfc822Vn(updated))] : []),
  ];
  return xmlDocument(
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">' +
      `<channel>${head.join('')}${items.map(item).join('')}</channel></rss>`,
  );
}

/**
 * Structured data (schema.org JSON-LD) for every page type. Builders take plain
 * values and absolute URLs, so they are pure; schema-dts types check property
 * names at compile time, and a test checks the output against schema.org's vocabulary.
 */
import type {
  BreadcrumbList,
  Event,
  ImageObject,
  Legislation,
  NewsArticle,
  Organization,
  Person,
  SearchActionLeaf,
  Thing,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import { isoDayVn, isoVn, vnParts } from '../vi/dateline.ts';

export interface Publisher {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
  /** Absolute URL of the logo image. */
  logo: string;
  logoWidth: number;
  logoHeight: number;
}

export type JsonLd = WithContext<Thing>;

const CONTEXT = 'https://schema.org' as const;
const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar date in Vietnam: "2018-10-25". */
export const isoDateVn = (d: Date): string => {
  const p = vnParts(d);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
};

/** `@id` of the publisher, shared by every page. */
export const publisherId = (p: Publisher): string => `${p.url}#to-chuc`;

export function publisherLd(p: Publisher): Organization {
  return {
    '@type': 'Organization',
    '@id': publisherId(p),
    name: p.name,
    url: p.url,
    logo: { '@type': 'ImageObject', url: p.logo, width: String(p.logoWidth), height: String(p.logoHeight) },
  };
}

const BYLINE_PREFIX = /^(?:bài\s+và\s+ảnh|bài,\s*ảnh|bài|ảnh|tin|nhóm\s+phóng\s+viên)\s*:\s*/i;
const BYLINE_SUFFIX = /\s+(?:thực\s+hiện|tổng\s+hợp|ghi)$/i;

/**
 * Authors named in a byline: "Bài và ảnh: Minh Anh - Hương Ly" → ["Minh Anh", "Hương Ly"].
 * The site's own name (a desk byline) yields no person.
 */
export function bylineAuthors(byline: string | undefined, siteName: string): string[] {
  if (!byline) return [];
  const names = byline
    .trim()
    .replace(BYLINE_PREFIX, '')
    .replace(BYLINE_SUFFIX, '')
    .split(/\s*(?:,|;|\s-\s|–|\s+và\s+)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  return names.filter((n) => n.toLowerCase() !== siteName.toLowerCase());
}

export interface ArticleInput {
  /** Absolute URL of the story. */
  url: string;
  headline: string;
  description: string;
  /** Absolute image URLs, share image first. */
  images: string[];
  published: Date;
  modified?: Date | undefined;
  byline?: string | undefined;
  section?: string | undefined;
  tags: readonly string[];
  /** `@id` of the thing the story is about (a directive, honouree or conference). */
  about?: string | undefined;
}

export function newsArticleLd(a: ArticleInput, publisher: Publisher): WithContext<NewsArticle> {
  const people = bylineAuthors(a.byline, publisher.name);
  const author: Person[] | Organization =
    people.length > 0
      ? people.map((name): Person => ({ '@type': 'Person', name }))
      : { '@type': 'Organization', '@id': publisherId(publisher), name: publisher.name, url: publisher.url };
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${a.url}#bai-viet`,
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    description: a.description,
    image: a.images,
    datePublished: isoVn(a.published),
    dateModified: isoVn(a.modified ?? a.published),
    author,
    publisher: publisherLd(publisher),
    inLanguage: 'vi',
    isAccessibleForFree: true,
    ...(a.section ? { articleSection: a.section } : {}),
    ...(a.tags.length ? { keywords: a.tags.join(', ') } : {}),
    ...(a.about ? { about: { '@id': a.about } } : {}),
  };
}

export interface Crumb {
  label: string;
  /** Absolute URL; the current page's crumb may have none. */
  url?: string | undefined;
}

export function breadcrumbLd(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      ...(c.url ? { item: c.url } : {}),
    })),
  };
}

const address = (province: string) => ({ '@type': 'PostalAddress' as const, addressRegion: province, addressCountry: 'VN' });
const imageLd = (url: string, caption?: string): ImageObject => ({ '@type': 'ImageObject', url, ...(caption ? { caption } : {}) });

export interface HonoureeInput {
  kind: 'individual' | 'collective';
  /** `@id` for the honouree: page URL + "#guong-sang". */
  id: string;
  url: string;
  name: string;
  description: string;
  role?: string | undefined;
  rank?: string | undefined;
  unit: string;
  province: string;
  honours: readonly { title: string; year: number; by: string }[];
  image?: string | undefined;
}

/** A Person for an individual honouree, an Organization for a collective. */
export function honoureeLd(h: HonoureeInput): WithContext<Person> | WithContext<Organization> {
  const common = {
    '@id': h.id,
    url: h.url,
    name: h.name,
    description: h.description,
    address: address(h.province),
    ...(h.honours.length ? { award: h.honours.map((x) => `${x.title} (${x.by}, ${x.year})`) } : {}),
    ...(h.image ? { image: imageLd(h.image) } : {}),
  };
  if (h.kind === 'individual') {
    return {
      '@context': CONTEXT,
      '@type': 'Person',
      ...common,
      ...(h.role ? { jobTitle: h.role } : {}),
      ...(h.rank ? { honorificPrefix: h.rank } : {}),
      affiliation: { '@type': 'Organization', name: h.unit },
    };
  }
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    ...common,
    parentOrganization: { '@type': 'Organization', name: h.unit },
  };
}

export interface EventInput {
  id: string;
  url: string;
  name: string;
  description: string;
  kind: string;
  start: Date;
  /** The start is known to the day only (the source gave "sáng", "chiều"…): startDate is the day. */
  dayOnly?: boolean | undefined;
  place: string;
  province: string;
  organiser: string;
  speakers: readonly { name: string; role: string }[];
  image?: string | undefined;
}

export function eventLd(e: EventInput): WithContext<Event> {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': e.id,
    url: e.url,
    name: e.name,
    description: e.description,
    startDate: e.dayOnly ? isoDayVn(e.start) : isoVn(e.start),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: 'vi',
    location: { '@type': 'Place', name: e.place, address: address(e.province) },
    organizer: { '@type': 'Organization', name: e.organiser },
    ...(e.speakers.length ? { performer: e.speakers.map((s): Person => ({ '@type': 'Person', name: s.name, jobTitle: s.role })) } : {}),
    ...(e.image ? { image: e.image } : {}),
    keywords: e.kind,
  };
}

export interface LegislationInput {
  id: string;
  url: string;
  code: string;
  aliases: readonly string[];
  kind: string;
  issuer: string;
  issued: Date;
  /** The official title, when known (never a paraphrase). */
  title?: string | undefined;
  summary: string;
}

export function legislationLd(l: LegislationInput): WithContext<Legislation> {
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': l.id,
    url: l.url,
    name: l.title ? `${l.kind} ${l.code}: ${l.title}` : `${l.kind} ${l.code}`,
    ...(l.title ? { headline: l.title } : {}),
    description: l.summary,
    legislationIdentifier: l.code,
    legislationType: l.kind,
    legislationDate: isoDateVn(l.issued),
    legislationPassedBy: { '@type': 'Organization', name: l.issuer },
    legislationJurisdiction: 'VN',
    inLanguage: 'vi',
    ...(l.aliases.length ? { alternateName: [...l.aliases] } : {}),
  };
}

/** The site, with the search box search engines may offer: /tim-kiem/?q=… */
export function websiteLd(publisher: Publisher, searchUrl: string, description: string): WithContext<WebSite> {
  const template = `${searchUrl}${searchUrl.includes('?') ? '&' : '?'}q={search_term_string}`;
  // `query-input` is the "<property>-input" annotation schema.org defines for actions.
  const search: WithActionConstraints<SearchActionLeaf> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: template },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${publisher.url}#trang-web`,
    url: publisher.url,
    name: publisher.name,
    description,
    inLanguage: 'vi',
    publisher: { '@id': publisherId(publisher) },
    potentialAction: search,
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export const serializeJsonLd = (data: unknown): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

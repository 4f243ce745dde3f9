/** Every RSS feed: /rss.xml for the whole site, and <page>/rss.xml for each list that has one. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderRss } from '../lib/publish/rss.ts';
import type { FeedSpec } from '../lib/publish/feeds.ts';
import { siteFeeds } from '../lib/publish/site-publish.ts';
import { coverJpeg } from '../lib/publish/story-jsonld.ts';
import { absoluteUrl } from '../lib/publish/site-url.ts';
import { FEED_LIMIT } from '../lib/publish/rss.ts';

export const getStaticPaths = (async () =>
  (await siteFeeds()).map((feed) => ({ params: { feed: feed.path.replace(/^\/|\.xml$/g, '') }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { feed } = props as { feed: FeedSpec };
  const stories = [...feed.stories].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, FEED_LIMIT);
  const items = await Promise.all(
    stories.map(async (s) => {
      const cover = await coverJpeg(s);
      return {
        title: s.title,
        link: absoluteUrl(s.url),
        description: s.sapo,
        date: s.date,
        categories: [...(s.section ? [s.section] : []), ...s.tags],
        image: cover && { url: cover.url, type: 'image/jpeg', width: cover.width, height: cover.height, alt: cover.alt },
      };
    }),
  );
  const body = renderRss({ title: feed.title, description: feed.description, link: absoluteUrl(feed.pagePath), self: absoluteUrl(feed.path), items });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};

/**
 * Share cards in a build are drawn beside Astro's page loop, not as routes of it.
 * As routes, each of the ~4,000 cards of a 10,000-story site held the loop for its
 * drawing and for Astro's own work on a route (writing, hashing, caching the file):
 * 25 ms a card, 100 s a build. Instead the share route hands its cards over when
 * the build asks it for its paths (src/lib/publish/share-card-handoff.ts) and
 * builds no page; the cards are drawn while the pages render, in a process of their
 * own at the lowest CPU priority (share-image-drawer.ts: drawn in this process, they
 * still took half the page loop's time), and once the pages are done each is put
 * into the output as a hard link to the card cache, whose files are only ever
 * replaced, never rewritten (share-image-cache.ts). `astro dev` registers nothing,
 * and the route serves the cards itself.
 *
 * A card that cannot be drawn (a broken cover) fails the build, naming its path as
 * Astro names a page that failed ("… rendering /anh-chia-se/….jpg"), so the editor
 * is told which story's picture to fix (src/lib/content/build-errors.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipelined } from '../lib/pipelined.ts';
import { receiveShareCards, type ShareCardOrder } from '../lib/publish/share-card-handoff.ts';
import { ShareImageQueue, type AheadDrawer } from '../lib/publish/share-image-cache.ts';
import { renderShareImage } from '../lib/publish/share-image.ts';
import { processDrawer, type ProcessDrawer } from '../lib/publish/share-image-drawer.ts';
import { linkOrCopy } from './incremental-links.ts';

/** Cards placed at once: each is a link (or a copy where no link can be made). */
const PLACING = 16;
/** Fewer cards to draw than this are drawn in this process: starting the drawer costs ~0.4 s of CPU. */
const DRAWER_FROM = 50;
/** The drawer process's script, beside the modules it runs (absent from a bundle: cards are then drawn here). */
const DRAWER_MAIN = fileURLToPath(new URL('../lib/publish/share-image-drawer-main.ts', import.meta.url));

/** The log line once the cards are in place, in the editors' language (tests and benchmarks read it). */
export const shareCardsSummary = (cards: number, drawn: number, ms: number): string =>
  `Ảnh chia sẻ: ${cards} ảnh (vẽ mới ${drawn}, lấy lại ${cards - drawn} từ bộ nhớ đệm), chờ vẽ xong và đặt vào trang trong ${(ms / 1000).toFixed(1)} giây.`;

export default function shareCards(): AstroIntegration {
  let cacheDir = '';
  let orders: readonly ShareCardOrder[] = [];
  let drawn = 0;
  let queue: ShareImageQueue | undefined;
  let drawer: ProcessDrawer | undefined;
  let receiving: { stop: () => void } | undefined;
  return {
    name: 'guong-sang:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        orders = [];
        drawn = 0;
        drawer = undefined;
        // Drawn ahead by the drawer process when there are enough cards to draw to pay for it.
        const ahead: AheadDrawer = (jobs) => {
          if (!drawer && jobs.length >= DRAWER_FROM && existsSync(DRAWER_MAIN)) drawer = processDrawer(cacheDir, DRAWER_MAIN);
          return drawer?.draw(jobs);
        };
        queue = new ShareImageQueue(cacheDir, renderShareImage, { ahead });
        receiving = receiveShareCards((given) => {
          orders = given;
          // Asked twice (Astro may list a route's paths again), a card is queued once: `start` counts only new ones.
          drawn += queue!.start(given.map((o) => o.input));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiving?.stop();
        // Every card has been handed over: the drawer ends once it has drawn them.
        drawer?.finish();
        const started = Date.now();
        const out = fileURLToPath(dir);
        await pipelined(
          orders,
          (o) => o,
          async (o) => {
            let file: string;
            try {
              file = await queue!.file(o.input);
            } catch (error) {
              throw new Error(`Caught error rendering ${o.path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
            await linkOrCopy(file, join(out, o.path));
          },
          PLACING,
        );
        if (orders.length) logger.info(shareCardsSummary(orders.length, drawn, Date.now() - started));
      },
    },
  };
}

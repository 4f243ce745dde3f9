/**
 * How the share route hands its cards to the build (src/integrations/share-cards.ts)
 * instead of rendering them as routes. The route is bundled by Vite and the
 * integration is not, so each has its own copy of this module: they meet on a
 * global registered under a `Symbol.for` name. Outside a build (`astro dev`)
 * nothing is registered and the route serves its cards itself.
 */
import type { ShareImageInput } from './share-image.ts';

/** A card to put into the built site: its path there ("/anh-chia-se/….jpg") and what it is drawn from. */
export interface ShareCardOrder {
  path: string;
  input: ShareImageInput;
}

type Receiver = (orders: readonly ShareCardOrder[]) => void;

const RECEIVER = Symbol.for('guong-sang.share-cards');
const registry = globalThis as { [RECEIVER]?: Receiver | undefined };

/** Hands the cards over when a build takes them; false when none does (the route then serves them). */
export function handOverShareCards(orders: readonly ShareCardOrder[]): boolean {
  const receive = registry[RECEIVER];
  if (!receive) return false;
  receive(orders);
  return true;
}

/** Takes the cards the route hands over, until `stop` is called. */
export function receiveShareCards(receive: Receiver): { stop: () => void } {
  registry[RECEIVER] = receive;
  return { stop: () => void (registry[RECEIVER] === receive && delete registry[RECEIVER]) };
}

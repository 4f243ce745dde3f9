/**
 * Work sent off one item at a time, in order, without waiting for each answer
 * before sending the next: each item is prepared, then sent, one after another,
 * with at most `inFlight` unanswered; items that come one by one (an async
 * iterable) are sent as they come. Feeding Pagefind's indexer (its Node API
 * answers each page once its process has taken it: awaiting every answer left
 * the process idle for each round trip) and drawing share images (sharp works
 * off the main thread) both keep the second core busy this way.
 */
export async function pipelined<T, P>(
  items: Iterable<T> | AsyncIterable<T>,
  prepare: (item: T) => P | Promise<P>,
  send: (item: T, prepared: P) => Promise<void>,
  inFlight = 16,
): Promise<void> {
  const sent: Promise<void>[] = [];
  for await (const item of items) {
    if (sent.length >= inFlight) await sent[sent.length - inFlight];
    const prepared = await prepare(item);
    const answer = send(item, prepared);
    // A failure is reported by the Promise.all below; until then it must not count as unhandled.
    answer.catch(() => undefined);
    sent.push(answer);
  }
  await Promise.all(sent);
}

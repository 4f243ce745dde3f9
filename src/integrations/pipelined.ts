/**
 * Feeding Pagefind's indexer: its Node API sends each page or record to the
 * pagefind process and answers when that process has taken it. Awaiting every
 * answer before sending the next left the process idle for each round trip;
 * here the next items are sent while the earlier ones are being taken, in
 * their order (each item is prepared, then sent, one after another), with at
 * most `inFlight` unanswered.
 */
export async function pipelined<T, P>(items: Iterable<T>, prepare: (item: T) => P | Promise<P>, send: (item: T, prepared: P) => Promise<void>, inFlight = 16): Promise<void> {
  const sent: Promise<void>[] = [];
  for (const item of items) {
    if (sent.length >= inFlight) await sent[sent.length - inFlight];
    const prepared = await prepare(item);
    const answer = send(item, prepared);
    // A failure is reported by the Promise.all below; until then it must not count as unhandled.
    answer.catch(() => undefined);
    sent.push(answer);
  }
  await Promise.all(sent);
}

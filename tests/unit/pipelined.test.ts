import { describe, expect, it } from 'vitest';
import { pipelined } from '../../src/lib/pipelined.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('feeding the indexer', () => {
  it('sends every item in its order, prepared first, with at most the window unanswered', async () => {
    const events: string[] = [];
    let open = 0;
    let most = 0;
    await pipelined(
      [1, 2, 3, 4, 5, 6, 7],
      async (n) => {
        await tick();
        events.push(`prepare ${n}`);
        return n * 10;
      },
      async (n, prepared) => {
        events.push(`send ${n} ${prepared}`);
        most = Math.max(most, ++open);
        // Later items answer sooner: the order of sending must not depend on it.
        await new Promise((resolve) => setTimeout(resolve, 20 - 2 * n));
        open--;
      },
      3,
    );
    expect(events.filter((e) => e.startsWith('send'))).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `send ${n} ${n * 10}`));
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(events.indexOf(`prepare ${n}`)).toBeLessThan(events.indexOf(`send ${n} ${n * 10}`));
    expect(most).toBe(3);
    expect(open).toBe(0);
  });

  it('fails when a send fails', async () => {
    const run = pipelined(
      [1, 2, 3],
      (n) => n,
      async (n) => {
        await tick();
        if (n === 1) throw new Error('Pagefind refused page 1');
      },
      2,
    );
    await expect(run).rejects.toThrow('Pagefind refused page 1');
  });
});

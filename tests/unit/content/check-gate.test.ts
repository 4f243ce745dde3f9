import { afterEach, describe, expect, it } from 'vitest';
import { afterCheckOnError, checkReported, checkRunning } from '../../../src/lib/content/check/check-gate.ts';

const GATE = Symbol.for('guong-sang.content-check');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[GATE];
});

describe('the content check beside the content sync (check-gate.ts)', () => {
  it('makes a failing loader wait for the check before its own error goes through', async () => {
    const events: string[] = [];
    let finish!: () => void;
    const check = new Promise<void>((resolve) => (finish = resolve));
    checkRunning(async () => {
      await check;
      events.push('check reported');
    });
    const loader = afterCheckOnError({
      name: 'glob',
      load: async (_context: { collection: string }) => {
        events.push('loader failed');
        throw new Error('schema');
      },
    });
    const loading = loader.load({ collection: 'articles' }).catch((error: Error) => events.push(`error: ${error.message}`));
    await new Promise((r) => setTimeout(r, 10));
    expect(events).toEqual(['loader failed']);
    finish();
    await loading;
    expect(events).toEqual(['loader failed', 'check reported', 'error: schema']);
    expect(loader.name).toBe('glob');
  });

  it('asks for the outcome once, and not at all while loaders succeed', async () => {
    let asked = 0;
    checkRunning(() => {
      asked++;
      return Promise.resolve();
    });
    const loaded: string[] = [];
    await afterCheckOnError({ load: async (c: string) => void loaded.push(c) }).load('directives');
    expect(loaded).toEqual(['directives']);
    expect(asked).toBe(0);
    await Promise.all([checkReported(), checkReported()]);
    expect(asked).toBe(1);
  });

  it('lets an error through at once when no check runs', async () => {
    await expect(afterCheckOnError({ load: (_context: string) => Promise.reject(new Error('mdx')) }).load('articles')).rejects.toThrow('mdx');
    await expect(checkReported()).resolves.toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { remember } from '../../src/lib/remember.ts';

describe('remember', () => {
  it('makes a promise once per key, forgets one that failed, and empties a full map before growing', async () => {
    const map = new Map<string, Promise<number>>();
    let made = 0;
    const make = (value: number) => () => {
      made++;
      return Promise.resolve(value);
    };
    expect(await remember(map, 'a', make(1))).toBe(1);
    expect(await remember(map, 'a', make(2))).toBe(1);
    expect(made).toBe(1);

    await expect(remember(map, 'b', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await Promise.resolve();
    expect(map.has('b')).toBe(false);
    expect(await remember(map, 'b', make(3))).toBe(3);

    const bounded = new Map<string, Promise<number>>();
    for (const k of ['x', 'y']) await remember(bounded, k, make(0), 2);
    await remember(bounded, 'z', make(0), 2);
    expect([...bounded.keys()]).toEqual(['z']);
  });
});

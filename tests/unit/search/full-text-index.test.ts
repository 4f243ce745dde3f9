import { describe, expect, it } from 'vitest';
import { deltaLimit } from '../../../src/integrations/full-text-index.ts';

describe('how many changed pages the index step indexes as a delta', () => {
  it('a twentieth of a large site, at least 50, and always less than half of a small one', () => {
    expect(deltaLimit(10_000)).toBe(500);
    expect(deltaLimit(400)).toBe(50);
    expect(deltaLimit(25)).toBe(12);
    // Every page of a small site changed: a full index, not a base that is all stale.
    expect(deltaLimit(25)).toBeLessThan(25 / 2);
  });
});

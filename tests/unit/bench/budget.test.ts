import { describe, expect, it } from 'vitest';
import { BUILD_BUDGET, overBudget } from '../../../scripts/bench/budget.ts';

const MB = 1024 ** 2;

describe('build budget (the regression gate of bench-build.ts)', () => {
  it('accepts the last accepted measurements (BENCHMARKS.md)', () => {
    expect(
      overBudget([
        { stories: 1000, siteMs: 59_900, bareMs: 8_030, peakBytes: 1238 * MB },
        { stories: 10_000, siteMs: 466_900, bareMs: 60_300, peakBytes: 2654 * MB },
      ]),
    ).toEqual([]);
  });
  it('names each size whose pipeline got slower than the budget allows, relative to bare Astro', () => {
    expect(overBudget([{ stories: 1000, siteMs: 80_000, bareMs: 8_000, peakBytes: 1000 * MB }])).toEqual([`1,000 stories: site ÷ bare 10.00× > ${BUILD_BUDGET.maxRatioToBare}×`]);
  });
  it('names a build of 10,000 stories or fewer over 4 GB, and a measurement that failed', () => {
    expect(overBudget([{ stories: 10_000, siteMs: 400_000, bareMs: 60_000, peakBytes: 4500 * MB }])).toEqual(['10,000 stories: peak memory 4500 MB > 4096 MB']);
    expect(overBudget([{ stories: 1000, siteMs: NaN, bareMs: 8_000, peakBytes: 1000 * MB }])).toHaveLength(1);
  });
});

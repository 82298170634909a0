import { describe, expect, it } from 'vitest';
import { valueTicks } from './trend-ticks';

describe('valueTicks', () => {
  it('steps in whole numbers from zero to at least the highest value', () => {
    expect(valueTicks(0)).toEqual([0, 1]);
    expect(valueTicks(3)).toEqual([0, 1, 2, 3]);
    expect(valueTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(valueTicks(180)).toEqual([0, 50, 100, 150, 200]);
  });

  it('never has more than six ticks', () => {
    for (const max of [1, 9, 11, 49, 51, 99, 101, 999, 12345]) {
      const ticks = valueTicks(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
    }
  });
});

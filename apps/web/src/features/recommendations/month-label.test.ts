import { describe, expect, it } from 'vitest';
import { monthLabel } from './month-label';

describe('monthLabel', () => {
  it('names the month in words in the UI language, never as an ISO month', () => {
    expect(monthLabel('2026-03', 'nl')).toBe('maart 2026');
    expect(monthLabel('2026-03', 'en')).toBe('March 2026');
    expect(monthLabel('2026-12', 'nl', 'short')).toMatch(/^dec\.? 2026$/);
    expect(monthLabel('2027-01', 'en', 'short')).toBe('Jan 2027');
  });

  it('leaves a value that is not a month as it is', () => {
    expect(monthLabel('unknown', 'nl')).toBe('unknown');
  });
});

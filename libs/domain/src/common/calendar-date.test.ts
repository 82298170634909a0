import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateInNetherlands,
  compareDates,
  daysBetween,
  firstOfMonthsBack,
  formatDutchDate,
  isValidIsoDate,
  todayInNetherlands,
} from './calendar-date';
import { instantSchema, isoDateSchema } from './calendar-date.schema';
import { isOverdue } from '../placements/placements.rules';
import { isRecommendationOverdue } from '../recommendations/recommendations.rules';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('%s is valid: %s', (value, valid) => {
    expect(isValidIsoDate(value)).toBe(valid);
    expect(isoDateSchema.safeParse(value).success).toBe(valid);
  });

  it('gives a field key for a bad date', () => {
    const result = isoDateSchema.safeParse('2023-02-29');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.date');
    expect(isoDateSchema.safeParse('').error?.issues[0]?.message).toBe('validation.required');
  });

  it('adds months clamped to month ends, across leap years and year ends', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addMonths('2026-03-15', 0)).toBe('2026-03-15');
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('compares as calendar dates', () => {
    expect(compareDates('2026-01-09', '2026-01-10')).toBeLessThan(0);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
  });

  it('takes "today" in Dutch time, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1).
    expect(calendarDateInNetherlands(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(calendarDateInNetherlands(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(calendarDateInNetherlands(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('writes dates the Dutch way', () => {
    expect(formatDutchDate('2026-03-05')).toBe('5-3-2026');
  });
});

describe('one "today" for every rule', () => {
  // 00:30 on 10 March in Amsterdam is still 9 March in UTC (23:30Z).
  const halfPastMidnightInAmsterdam = new Date('2026-03-09T23:30:00Z');

  it('is the Dutch calendar date, not the UTC one', () => {
    expect(todayInNetherlands(halfPastMidnightInAmsterdam)).toBe('2026-03-10');
    expect(todayInNetherlands(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });

  it('makes a recommendation and a placement due on the same day agree just after midnight', () => {
    const today = todayInNetherlands(halfPastMidnightInAmsterdam);
    const recommendationOverdue = isRecommendationOverdue({ dueDate: '2026-03-09', status: 'in_uitvoering' }, today);
    const placementOverdue = isOverdue({ status: 'actief', endDate: '2026-03-09' }, today);
    expect(recommendationOverdue).toBe(true);
    expect(placementOverdue).toBe(true);
  });
});

describe('firstOfMonthsBack', () => {
  it('starts the period on the first day of an earlier month, across a year', () => {
    expect(firstOfMonthsBack('2026-03-31', 11)).toBe('2025-04-01');
    expect(firstOfMonthsBack('2026-12-06', 0)).toBe('2026-12-01');
  });
});

describe('instants', () => {
  it('are bounded to the years 1900-2200, like calendar dates', () => {
    expect(instantSchema.safeParse(new Date('2026-03-01T09:00:00Z')).success).toBe(true);
    expect(instantSchema.safeParse(new Date('1900-01-01T00:00:00Z')).success).toBe(true);
    for (const instant of [
      new Date(8.64e15),
      new Date(-8.64e15),
      new Date('1899-12-31T12:00:00Z'),
      new Date('2201-01-01T00:00:00Z'),
    ]) {
      const result = instantSchema.safeParse(instant);
      expect(result.success, instant.toISOString()).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('validation.date');
    }
    expect(instantSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
  });
});

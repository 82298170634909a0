import { describe, expect, it } from 'vitest';
import {
  clockTimeInNetherlands,
  currentInjectId,
  injectClockTime,
  injectPlannedAt,
  offsetMinutesAt,
  sortInjects,
} from './exercise-clock';

describe('planned clock time of an inject', () => {
  it('is the start plus the offset, shown on the Dutch wall clock', () => {
    // 09:00 summer time is 07:00 UTC.
    const start = new Date('2026-06-10T07:00:00Z');
    expect(injectClockTime(start, 0)).toMatchObject({ date: '2026-06-10', time: '09:00' });
    expect(injectClockTime(start, 90)).toMatchObject({ date: '2026-06-10', time: '10:30' });
    expect(injectClockTime(start, 15 * 60 + 5)).toMatchObject({ date: '2026-06-11', time: '00:05' });
  });

  it('follows the end of summer time on 25 October 2026 (03:00 summer time becomes 02:00)', () => {
    // 01:30 summer time (UTC+2) is 23:30 UTC the day before.
    const start = new Date('2026-10-24T23:30:00Z');
    expect(clockTimeInNetherlands(start)).toBe('01:30');
    expect(injectClockTime(start, 60).time).toBe('02:30'); // still summer time
    expect(injectClockTime(start, 90).time).toBe('02:00'); // 03:00 summer time is 02:00 winter time
    expect(injectClockTime(start, 120).time).toBe('02:30'); // the second 02:30 of that night
    expect(injectClockTime(start, 180)).toMatchObject({ date: '2026-10-25', time: '03:30' });
  });

  it('follows the start of summer time on 28 March 2027 (02:00 winter time becomes 03:00)', () => {
    // 01:00 winter time (UTC+1) is 00:00 UTC.
    const start = new Date('2027-03-28T00:00:00Z');
    expect(clockTimeInNetherlands(start)).toBe('01:00');
    expect(injectClockTime(start, 59).time).toBe('01:59');
    expect(injectClockTime(start, 60).time).toBe('03:00'); // 02:00 does not exist that night
    expect(injectClockTime(start, 120)).toMatchObject({ date: '2027-03-28', time: '04:00' });
  });

  it('moves with the start', () => {
    const start = new Date('2026-06-10T07:00:00Z');
    const later = new Date('2026-06-10T08:15:00Z');
    expect(injectClockTime(later, 30).time).toBe('10:45');
    expect(injectPlannedAt(later, 30).getTime() - injectPlannedAt(start, 30).getTime()).toBe(75 * 60_000);
  });
});

describe('offset of an ad-hoc inject', () => {
  const start = new Date('2026-10-24T23:30:00Z');
  it('counts elapsed whole minutes, also across the change of summer time', () => {
    expect(offsetMinutesAt(start, new Date('2026-10-25T02:00:30Z'))).toBe(150);
  });
  it('is 0 before the start', () => {
    expect(offsetMinutesAt(start, new Date('2026-10-24T20:00:00Z'))).toBe(0);
  });
});

describe('MSEL order and the current inject', () => {
  const injects = [
    { id: 'a', position: 1, offsetMinutes: 30 },
    { id: 'b', position: 2, offsetMinutes: 0 },
    { id: 'c', position: 3, offsetMinutes: 30 },
  ];
  it('sorts by the planners order or by time, ties in the planners order', () => {
    expect(sortInjects(injects, 'position').map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(sortInjects(injects, 'time').map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });
  it('marks the last inject planned at or before now', () => {
    const start = new Date('2026-06-10T07:00:00Z');
    expect(currentInjectId(injects, start, new Date('2026-06-10T06:59:00Z'))).toBeNull();
    expect(currentInjectId(injects, start, new Date('2026-06-10T07:10:00Z'))).toBe('b');
    expect(currentInjectId(injects, start, new Date('2026-06-10T07:30:00Z'))).toBe('c');
  });
});

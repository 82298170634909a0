import { calendarDateInNetherlands, type IsoDate } from '../common/calendar-date';
import { maxInjectOffsetMinutes } from './exercises.constants';

/**
 * Clock time of an exercise day. An inject is planned at its offset after the
 * exercise's start moment: elapsed minutes, so across a change of summer time
 * the wall clock in the Netherlands jumps with it (T+02:00 after a 01:30 start
 * on the night of 25 October 2026 is 02:30 winter time, one real hour after
 * 02:30 summer time). Moving the start moves every planned time.
 */
const MINUTE = 60_000;

/** The moment an inject is planned: the start plus its offset in elapsed minutes. */
export function injectPlannedAt(startsAt: Date, offsetMinutes: number): Date {
  return new Date(startsAt.getTime() + offsetMinutes * MINUTE);
}

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 'HH:MM' on the wall clock in the Netherlands (Europe/Amsterdam) at an instant. */
export function clockTimeInNetherlands(instant: Date): string {
  return clockFormat.format(instant);
}

/** The planned clock time of an inject in the Netherlands: its day, its 'HH:MM' and the instant itself. */
export interface PlannedClockTime {
  at: Date;
  date: IsoDate;
  time: string;
}

export function injectClockTime(startsAt: Date, offsetMinutes: number): PlannedClockTime {
  const at = injectPlannedAt(startsAt, offsetMinutes);
  return { at, date: calendarDateInNetherlands(at), time: clockTimeInNetherlands(at) };
}

/** Whole minutes from the start to `now`, within what an offset may be: the offset of an ad-hoc inject given now. */
export function offsetMinutesAt(startsAt: Date, now: Date): number {
  const elapsed = Math.floor((now.getTime() - startsAt.getTime()) / MINUTE);
  return Math.min(maxInjectOffsetMinutes, Math.max(0, elapsed));
}

/** How the MSEL is ordered: the planners' own order, or by planned time (T+, which is clock time too). */
export const injectOrders = ['position', 'time'] as const;
export type InjectOrder = (typeof injectOrders)[number];

/** The injects in the order asked for; by time, equal times keep the planners' order. */
export function sortInjects<T extends { position: number; offsetMinutes: number }>(
  injects: readonly T[],
  order: InjectOrder,
): T[] {
  return [...injects].sort((a, b) =>
    order === 'time' ? a.offsetMinutes - b.offsetMinutes || a.position - b.position : a.position - b.position,
  );
}

/**
 * The inject that is "now" on the exercise day: the last one (in time order)
 * planned at or before `now`; null before the first one is due.
 */
export function currentInjectId<T extends { id: string; position: number; offsetMinutes: number }>(
  injects: readonly T[],
  startsAt: Date,
  now: Date,
): string | null {
  let current: string | null = null;
  for (const inject of sortInjects(injects, 'time')) {
    if (injectPlannedAt(startsAt, inject.offsetMinutes).getTime() <= now.getTime()) current = inject.id;
  }
  return current;
}

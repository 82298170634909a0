/**
 * Calendar dates ('YYYY-MM-DD'), never instants: a placement starts on a day, a
 * recommendation is due on a day, wherever the reader is. "Today" is always the
 * date in the Netherlands (`todayInNetherlands`); every "overdue", "expires
 * soon" and "due within" rule compares against it. The helpers below do plain
 * calendar arithmetic on those strings so no timezone can shift a date.
 */
export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function parts(date: IsoDate): [number, number, number] {
  const match = isoDatePattern.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The years any date or instant may fall in: far beyond every real record, well inside what the database holds. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

export function isValidIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return (
    year >= EARLIEST_YEAR &&
    year <= LATEST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** An instant (a moment, such as an exercise's start) within the years above. */
export function isInstantInRange(instant: Date): boolean {
  const year = instant.getUTCFullYear();
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** Negative when a is earlier, 0 on the same day, positive when later (ISO strings sort as dates). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Adds whole months, clamping to the month's last day: 31 January + 1 month is
 * 28 (or 29) February, and 31 May - 3 months is 28 (or 29) February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parts(date);
  // UTC arithmetic on a date-only value has no daylight saving jumps.
  const ms = Date.UTC(year, month - 1, day) + days * 86_400_000;
  const d = new Date(ms);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

/** Made once: creating an Intl.DateTimeFormat costs far more than formatting with it (it was ~2 % of the server's CPU). */
const netherlandsDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands at a given instant: "today" for the rules. */
export function calendarDateInNetherlands(instant: Date): IsoDate {
  return netherlandsDateFormat.format(instant);
}

/** Today in the Netherlands (Europe/Amsterdam): the one "today" of every rule. */
export function todayInNetherlands(now: Date = new Date()): IsoDate {
  return calendarDateInNetherlands(now);
}

/** The first day of the month `months` months before the month of `date`. */
export function firstOfMonthsBack(date: IsoDate, months: number): IsoDate {
  return addMonths(`${date.slice(0, 7)}-01`, -months);
}

/** 'YYYY-MM-DD' as 'D-M-YYYY', the way Dutch messages write a date. */
export function formatDutchDate(date: IsoDate): string {
  const [year, month, day] = parts(date);
  return `${day}-${month}-${year}`;
}

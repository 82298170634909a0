import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFormatter } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatDateTimeRange } from './date-time-range';
import { TIME_ZONE } from './locale';

const dutch = createFormatter({ locale: 'nl', timeZone: TIME_ZONE });
const english = createFormatter({ locale: 'en', timeZone: TIME_ZONE });

describe('formatDateTimeRange', () => {
  it('names the date once for a range within one Dutch day', () => {
    const start = new Date('2026-12-13T10:45:00Z');
    const end = new Date('2026-12-13T12:45:00Z');
    expect(formatDateTimeRange(dutch, start, end)).toBe('13 dec 2026, 11:45 – 13:45');
    expect(formatDateTimeRange(english, start, end, 'long')).toBe('December 13, 2026 at 11:45 AM – 1:45 PM');
  });

  it('names both dates when the range crosses midnight in Amsterdam, with plain spaces around the dash', () => {
    // 22:45–00:45 in Amsterdam, still one day in UTC: the case in which Node's
    // formatRange and the browser's differ in their spaces.
    const start = new Date('2026-12-13T21:45:00Z');
    const end = new Date('2026-12-13T23:45:00Z');
    const dutchRange = formatDateTimeRange(dutch, start, end);
    expect(dutchRange).toBe('13 dec 2026, 22:45 – 14 dec 2026, 00:45');
    expect(formatDateTimeRange(english, start, end)).toBe('Dec 13, 2026, 10:45 PM – Dec 14, 2026, 12:45 AM');
    expect(dutchRange).not.toMatch(/[\u2009\u202f]/);
  });
});

describe('ranges in the web app', () => {
  it('are formatted by formatDateTimeRange, never by formatRange, whose spaces differ between server and browser', () => {
    const root = join(__dirname, '..');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path),
    );
    expect(sources.length).toBeGreaterThan(100);
    const offenders = sources.filter((path) =>
      /\b(dateTimeRange|formatRange)\(/.test(readFileSync(join(root, path), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

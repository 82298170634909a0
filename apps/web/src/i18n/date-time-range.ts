import { calendarDateInNetherlands } from '@srw/domain';
import type { useFormatter } from 'next-intl';
import { TIME_ZONE } from './locale';

type Formatter = Pick<ReturnType<typeof useFormatter>, 'dateTime'>;

/**
 * "13 dec 2026, 10:00 – 12:00", or with both dates when the range crosses
 * midnight in the Netherlands. Built from two single date formats rather than
 * `Intl.DateTimeFormat#formatRange`: Node's ICU puts thin spaces around the
 * range's dash where browsers put plain ones (Chromium does so on purpose), so a
 * range formatted on the server and again while hydrating differs and React
 * throws away the page's server markup. Single formats agree.
 */
export function formatDateTimeRange(
  format: Formatter,
  start: Date,
  end: Date,
  dateStyle: 'medium' | 'long' = 'medium',
): string {
  const from = format.dateTime(start, { dateStyle, timeStyle: 'short', timeZone: TIME_ZONE });
  const sameDay = calendarDateInNetherlands(start) === calendarDateInNetherlands(end);
  const to = format.dateTime(
    end,
    sameDay ? { timeStyle: 'short', timeZone: TIME_ZONE } : { dateStyle, timeStyle: 'short', timeZone: TIME_ZONE },
  );
  return `${from} – ${to}`;
}

'use client';

import { useFormatter } from 'next-intl';
import { useCallback } from 'react';

/**
 * Formats a calendar date ('YYYY-MM-DD'). The date is read and written in UTC
 * so no timezone can move it to the day before or after.
 */
export function useCalendarDate(): (isoDate: string, style?: 'medium' | 'short' | 'month') => string {
  const format = useFormatter();
  return useCallback(
    (isoDate: string, style: 'medium' | 'short' | 'month' = 'medium') => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      if (style === 'month') return format.dateTime(date, { month: 'short', year: 'numeric', timeZone: 'UTC' });
      return format.dateTime(date, { dateStyle: style, timeZone: 'UTC' });
    },
    [format],
  );
}

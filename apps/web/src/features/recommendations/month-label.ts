/** How a period month (YYYY-MM) is named in the UI language: `short` on the chart's axis, `long` in the table and tooltip. */
export function monthLabel(month: string, locale: string, style: 'short' | 'long' = 'long'): string {
  const year = Number(month.slice(0, 4));
  const monthIndex = Number(month.slice(5, 7)) - 1;
  if (!Number.isInteger(year) || monthIndex < 0 || monthIndex > 11) return month;
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthIndex, 1)),
  );
}

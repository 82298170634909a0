'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Classification, IsoDate } from '@srw/domain';
import { printPageCss } from './print-css';

/**
 * The frame of every printed report: the marking (the highest classification of
 * what is printed), the print date and the filters in words, at the top of the
 * document and, through CSS paged media, at the top and bottom of every printed
 * page with "pagina X van Y". Items inside keep together with `print-item`.
 */
export function PrintDocument({
  marking,
  printedOn,
  filters,
  frameOnScreen = true,
  children,
}: {
  marking: Classification;
  /** The print date in the Netherlands (`todayInNetherlands()`). */
  printedOn: IsoDate;
  /** The filters in words (`describeFilters`); `null` when the report is unfiltered. */
  filters: string | null;
  /** `false` for a page that is mainly read on screen: the frame then shows only on paper. */
  frameOnScreen?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations('print');
  const classification = useTranslations('classification');
  const format = useFormatter();
  const markingText = t('marking', { marking: classification(marking) });
  const printedOnText = t('printedOn', {
    date: format.dateTime(new Date(`${printedOn}T12:00:00`), { dateStyle: 'long' }),
  });
  const filtersText = t('filters', { filters: filters ?? t('noFilters') });
  return (
    <div className="print-document" data-marking={marking}>
      <style>
        {printPageCss({
          marking: markingText,
          printedOn: printedOnText,
          filters: filtersText,
          // The placeholders stay for the page counters (messages are precompiled, so no t.raw).
          pageOf: t('pageOf', { page: '{page}', pages: '{pages}' }),
        })}
      </style>
      <div
        className={`${frameOnScreen ? '' : 'hidden print:block'} mb-6 space-y-1 border-y-2 border-slate-800 py-2 text-center text-sm`}
        data-testid="print-frame"
      >
        <p className="font-bold tracking-wide uppercase" data-testid="print-marking">
          {markingText}
        </p>
        <p className="text-slate-700" data-testid="print-date">
          {printedOnText}
        </p>
        <p className="text-slate-700" data-testid="print-filters">
          {filtersText}
        </p>
      </div>
      {children}
      <p
        className={`${frameOnScreen ? '' : 'hidden print:block'} mt-8 border-t-2 border-slate-800 pt-2 text-center text-sm font-bold tracking-wide uppercase`}
        data-testid="print-marking-end"
      >
        {markingText}
      </p>
    </div>
  );
}

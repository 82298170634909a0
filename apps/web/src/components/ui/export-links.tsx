'use client';

import { useLocale, useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button';
import { exportHref } from '@/lib/export-href';

/** The two download buttons of a page: CSV and Excel, in the page's language and with its filters. */
export function ExportLinks({ name, query = '', label }: { name: string; query?: string; label?: string }) {
  const t = useTranslations('actions');
  const locale = useLocale();
  const described = (text: string) => (label ? `${label}: ${text}` : undefined);
  return (
    <>
      <a
        className={buttonClass('secondary')}
        href={exportHref(name, 'csv', locale, query)}
        aria-label={described(t('exportCsv'))}
        download
      >
        {t('exportCsv')}
      </a>
      <a
        className={buttonClass('secondary')}
        href={exportHref(name, 'xlsx', locale, query)}
        aria-label={described(t('exportXlsx'))}
        download
      >
        {t('exportXlsx')}
      </a>
    </>
  );
}

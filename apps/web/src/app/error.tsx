'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

// Shown instead of any stack trace when a page fails to render.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold text-brand-800">{t('errorPage.title')}</h1>
      <p className="mt-2 text-slate-700">{t('errorPage.body')}</p>
      <Button className="mt-6" onClick={reset}>
        {t('states.retry')}
      </Button>
    </main>
  );
}

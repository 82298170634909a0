'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { LOCALE_COOKIE } from '@/i18n/locale';

/** Switches between Dutch and English; the choice is kept in a cookie for a year. */
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations('shell');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = locale === 'nl' ? 'en' : 'nl';

  return (
    <button
      type="button"
      lang={next}
      aria-label={t('switchLanguageLabel')}
      disabled={pending}
      className="rounded border border-white/40 px-2.5 py-1 text-sm text-white hover:bg-white/10"
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
        startTransition(() => router.refresh());
      }}
    >
      {t('switchLanguage')}
    </button>
  );
}

'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { readError, type ErrorInfo } from '@/lib/trpc/errors';

/** Turns a failed tRPC call into texts in the user's language. */
export function useErrorReader(): (error: unknown) => ErrorInfo {
  const t = useTranslations();
  const locale = useLocale();
  const translate = useCallback((key: string) => (t.has(key) ? t(key) : null), [t]);
  return useCallback((error: unknown) => readError(error, translate, locale), [translate, locale]);
}

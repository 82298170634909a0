'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { readError, type ErrorInfo, type Translate } from '@/lib/trpc/errors';

/** Turns a failed tRPC call into texts in the user's language. */
export function useErrorReader(): (error: unknown) => ErrorInfo {
  const t = useTranslations();
  const translate = useCallback<Translate>((key, values) => (t.has(key) ? t(key, values) : null), [t]);
  return useCallback((error: unknown) => readError(error, translate), [translate]);
}

'use client';

import { useTranslations } from 'next-intl';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { Button } from '../ui/button';

/**
 * The form-level error. A version conflict offers to load the latest version;
 * the user's input stays in the form until they choose to.
 */
export function FormAlert({ error, onReload }: { error: ErrorInfo | null; onReload?: () => void }) {
  const t = useTranslations('actions');
  if (!error) return null;
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 px-4 py-3 text-red-800">
      <p>{error.message}</p>
      {error.isConflict && onReload ? (
        <Button variant="secondary" size="sm" className="mt-2" onClick={onReload}>
          {t('reload')}
        </Button>
      ) : null}
    </div>
  );
}

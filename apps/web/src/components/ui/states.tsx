'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Button } from './button';

export function Loading({ label }: { label?: string }) {
  const t = useTranslations('states');
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-6 text-slate-600">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" aria-hidden />
      {label ?? t('loading')}
    </div>
  );
}

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
      <p>{children}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}

export function LoadError({ message, onRetry }: { message?: string; onRetry?: () => void }) {
  const t = useTranslations('states');
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 px-4 py-3 text-red-800">
      <p>{message ?? t('error')}</p>
      {onRetry ? (
        <Button variant="secondary" size="sm" className="mt-2" onClick={onRetry}>
          {t('retry')}
        </Button>
      ) : null}
    </div>
  );
}

export function Notice({ tone = 'success', children }: { tone?: 'success' | 'info' | 'warning'; children: ReactNode }) {
  const styles = {
    success: 'border-green-200 bg-green-50 text-green-900',
    info: 'border-brand-100 bg-brand-50 text-brand-800',
    warning: 'border-amber-300 bg-amber-50 text-amber-900',
  }[tone];
  return (
    <div role="status" className={`rounded border px-4 py-3 ${styles}`}>
      {children}
    </div>
  );
}

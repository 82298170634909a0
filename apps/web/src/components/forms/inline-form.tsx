'use client';

import { useTranslations } from 'next-intl';
import { useId, type FormEvent, type ReactNode } from 'react';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { Button } from '../ui/button';
import { FormAlert } from './form-alert';

const tones = {
  neutral: 'border-slate-200 bg-slate-50',
  brand: 'border-brand-100 bg-brand-50',
} as const;

/**
 * A small form inside a page section (add or edit one record): titled, with the
 * form-level error on top and save/cancel at the bottom. Everything is disabled
 * while saving, so nothing typed meanwhile is lost when the form clears.
 */
export function InlineForm({
  title,
  intro,
  heading: Heading = 'h3',
  tone = 'neutral',
  pending,
  error,
  onReload,
  submitLabel,
  onCancel,
  onSubmit,
  children,
}: {
  title: string;
  intro?: ReactNode;
  heading?: 'h3' | 'h4';
  tone?: keyof typeof tones;
  pending: boolean;
  error: ErrorInfo | null;
  onReload?: () => void;
  submitLabel: string;
  /** Without it, the form has no cancel button (an always-open add form). */
  onCancel?: () => void;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const t = useTranslations('actions');
  const headingId = useId();
  return (
    <form
      method="post"
      noValidate
      aria-labelledby={headingId}
      className={`mt-4 rounded border p-4 ${tones[tone]}`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <fieldset disabled={pending} className="space-y-4">
        <Heading id={headingId} className="font-semibold text-brand-800">
          {title}
        </Heading>
        {intro ? <p className="text-sm text-slate-700">{intro}</p> : null}
        <FormAlert error={error} onReload={onReload} />
        {children}
        <div className="flex gap-2">
          <Button type="submit">{pending ? t('saving') : submitLabel}</Button>
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel}>
              {t('cancel')}
            </Button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}

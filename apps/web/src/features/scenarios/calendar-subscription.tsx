'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { LoadError, Loading, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';

function feedUrl(token: string): string {
  return `${window.location.origin}/api/agenda/${token}.ics`;
}

/**
 * A personal, subscribable calendar link for a group's exercises. The token is
 * shown once, right after it is made; later only its dates are known.
 */
export function CalendarSubscription({ groupId, groupName }: { groupId: string; groupName: string }) {
  const t = useTranslations('scenarios.calendar.feed');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const inputId = useId();
  const [token, setToken] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState<'replace' | 'revoke' | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const feed = useQuery(trpc.exercises.calendarFeed.queryOptions({ groupId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.exercises.calendarFeed.queryKey({ groupId }) });
  const create = useMutation(
    trpc.exercises.createCalendarFeed.mutationOptions({
      onSuccess: async (result) => {
        setError(null);
        setCopied(false);
        setToken(result.token);
        await refresh();
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setConfirming(null),
    }),
  );
  const revoke = useMutation(
    trpc.exercises.revokeCalendarFeed.mutationOptions({
      onSuccess: async () => {
        setError(null);
        setToken(null);
        await refresh();
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setConfirming(null),
    }),
  );
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby={`${inputId}-title`} className="mb-6 rounded border border-slate-200 bg-white p-4">
      <h2 id={`${inputId}-title`} className="font-semibold text-brand-800">
        {t('title', { group: groupName })}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t('intro')}</p>
      <FormAlert error={error} />
      {feed.isPending ? (
        <Loading />
      ) : feed.isError ? (
        <LoadError onRetry={() => feed.refetch()} />
      ) : (
        <div className="mt-3 space-y-3">
          {token ? (
            <div className="space-y-2">
              <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
                {t('link')}
              </label>
              <div className="flex flex-wrap gap-2">
                <input
                  id={inputId}
                  readOnly
                  value={feedUrl(token)}
                  onFocus={(e) => e.currentTarget.select()}
                  className="min-w-0 flex-1 rounded border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm"
                />
                <Button
                  variant="secondary"
                  onClick={async () => {
                    await navigator.clipboard.writeText(feedUrl(token));
                    setCopied(true);
                  }}
                >
                  {copied ? t('copied') : t('copy')}
                </Button>
              </div>
              <Notice tone="warning">{t('shownOnce')}</Notice>
            </div>
          ) : feed.data.active ? (
            <p className="text-sm text-slate-700">
              {t('active', {
                created: date(feed.data.createdAt),
                lastUsed: feed.data.lastUsedAt ? date(feed.data.lastUsedAt) : t('never'),
              })}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {feed.data.active ? (
              <>
                <Button key="replace" variant="secondary" onClick={() => setConfirming('replace')}>
                  {t('replace')}
                </Button>
                <Button key="revoke" variant="danger" onClick={() => setConfirming('revoke')}>
                  {t('revoke')}
                </Button>
              </>
            ) : (
              <Button key="create" onClick={() => create.mutate({ groupId })} disabled={create.isPending}>
                {create.isPending ? t('creating') : t('create')}
              </Button>
            )}
          </div>
        </div>
      )}
      {confirming !== null ? (
        <ConfirmDialog
          open
          title={confirming === 'replace' ? t('replaceTitle') : t('revokeTitle')}
          confirmLabel={confirming === 'replace' ? t('replace') : t('revoke')}
          pending={create.isPending || revoke.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={() => (confirming === 'replace' ? create.mutate({ groupId }) : revoke.mutate({ groupId }))}
        >
          {t('oldStops')}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

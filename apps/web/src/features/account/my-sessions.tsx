'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { DeviceSummary } from '@srw/domain';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';

function useDeviceName() {
  const t = useTranslations('sessions');
  return (device: DeviceSummary) => {
    if (device.browser && device.os) return t('deviceOn', { browser: device.browser, os: device.os });
    return device.browser ?? device.os ?? t('unknownDevice');
  };
}

/** "Mijn sessies" (issue 13): where the person is signed in; end one, or all but this one. */
export function MySessions({ policy }: { policy: { idleMinutes: number; maxHours: number } }) {
  const t = useTranslations('sessions');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const deviceName = useDeviceName();
  const list = useQuery(trpc.sessions.list.queryOptions());
  const [toEnd, setToEnd] = useState<{ id: string; device: string } | 'others' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.sessions.pathKey() });
  const end = useMutation(
    trpc.sessions.end.mutationOptions({
      onSuccess: async () => {
        setNotice(t('ended'));
        await refresh();
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setToEnd(null),
    }),
  );
  const endOthers = useMutation(
    trpc.sessions.endOthers.mutationOptions({
      onSuccess: async (result) => {
        setNotice(t('endedOthers', { count: result.ended }));
        await refresh();
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setToEnd(null),
    }),
  );
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          list.data && list.data.length > 1 ? (
            <Button variant="secondary" onClick={() => setToEnd('others')}>
              {t('endOthers')}
            </Button>
          ) : null
        }
      />
      <Section id="sessions" title={t('title')} intro={t('policy', { idle: policy.idleMinutes, max: policy.maxHours })}>
        {notice ? <Notice>{notice}</Notice> : null}
        <FormAlert error={error} />
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <LoadError onRetry={() => list.refetch()} />
        ) : list.data.length === 0 ? (
          <EmptyState>{t('empty')}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('device')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('address')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('started')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('lastUsed')}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">{t('end')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {list.data.map((session) => (
                  <tr key={session.id} data-testid="session-row">
                    <td className="py-2 pr-3">
                      {deviceName(session.device)} {session.current ? <Badge tone="info">{t('current')}</Badge> : null}
                    </td>
                    <td className="py-2 pr-3">{session.ipAddress ?? '—'}</td>
                    <td className="py-2 pr-3">{when(session.createdAt)}</td>
                    <td className="py-2 pr-3">{when(session.lastActiveAt)}</td>
                    <td className="py-2">
                      {session.current ? null : (
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`${t('end')}: ${deviceName(session.device)}, ${when(session.lastActiveAt)}`}
                          onClick={() => setToEnd({ id: session.id, device: deviceName(session.device) })}
                        >
                          {t('end')}
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <ConfirmDialog
        open={toEnd !== null}
        title={toEnd === 'others' ? t('endOthersTitle') : t('endTitle')}
        confirmLabel={toEnd === 'others' ? t('endOthers') : t('end')}
        pending={end.isPending || endOthers.isPending}
        onCancel={() => setToEnd(null)}
        onConfirm={() => {
          if (toEnd === 'others') endOthers.mutate();
          else if (toEnd) end.mutate({ sessionId: toEnd.id });
        }}
      >
        {toEnd === 'others' ? t('endOthersConfirm') : toEnd ? t('endConfirm', { device: toEnd.device }) : null}
      </ConfirmDialog>
    </>
  );
}

'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import type { MailStatus } from '@srw/domain';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

const statusTones = { queued: 'neutral', sent: 'success', failed: 'danger' } as const satisfies Record<
  MailStatus,
  'neutral' | 'success' | 'danger'
>;

/** Admins: the outbox (with the mails that keep failing) and what the local SMTP catcher caught. */
export function MailAdmin() {
  const t = useTranslations('inbox.mailAdmin');
  const format = useFormatter();
  const trpc = useTRPC();
  const outbox = useQuery(trpc.mail.outbox.queryOptions());
  const caught = useQuery(trpc.mail.caught.queryOptions());
  const when = (value: Date | string | null) =>
    value ? format.dateTime(new Date(value), { dateStyle: 'medium', timeStyle: 'short' }) : '—';

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Section id="outbox" title={t('outboxTitle')} intro={t('outboxIntro')}>
        {outbox.isPending ? (
          <Loading />
        ) : outbox.isError ? (
          <LoadError onRetry={() => outbox.refetch()} />
        ) : outbox.data.items.length === 0 ? (
          <EmptyState>{t('outboxEmpty')}</EmptyState>
        ) : (
          <>
            {outbox.data.failed > 0 ? (
              <p role="alert" className="mb-3 rounded border border-red-200 bg-red-50 px-4 py-2 text-red-800">
                {t('failedCount', { count: outbox.data.failed })}
              </p>
            ) : null}
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-200">
                    <th className="py-2 pr-3">{t('columns.created')}</th>
                    <th className="py-2 pr-3">{t('columns.to')}</th>
                    <th className="py-2 pr-3">{t('columns.subject')}</th>
                    <th className="py-2 pr-3">{t('columns.status')}</th>
                    <th className="py-2 pr-3">{t('columns.attempts')}</th>
                  </tr>
                </thead>
                <tbody>
                  {outbox.data.items.map((m) => (
                    <tr key={m.id} className="border-b border-slate-100 align-top" data-testid="outbox-row">
                      <td className="py-2 pr-3 whitespace-nowrap">{when(m.createdAt)}</td>
                      <td className="py-2 pr-3">{m.toAddress}</td>
                      <td className="py-2 pr-3">
                        {m.subject}
                        {m.lastError ? <p className="text-xs text-red-700">{m.lastError}</p> : null}
                      </td>
                      <td className="py-2 pr-3">
                        <Badge tone={statusTones[m.status]}>{t(`status.${m.status}`)}</Badge>
                      </td>
                      <td className="py-2 pr-3">{m.attempts}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Section>
      <Section id="caught" title={t('caughtTitle')} intro={t('caughtIntro')}>
        {caught.isPending ? (
          <Loading />
        ) : caught.isError ? (
          <LoadError onRetry={() => caught.refetch()} />
        ) : caught.data.items.length === 0 ? (
          <EmptyState>{t('caughtEmpty')}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {caught.data.items.map((m) => (
              <li key={m.id} className="rounded border border-slate-200" data-testid="caught-mail">
                <details>
                  <summary className="cursor-pointer px-3 py-2">
                    <span className="font-medium">{m.subject}</span>
                    <span className="text-sm text-slate-600">
                      {' '}
                      · {t('toLine', { to: m.toAddress })} · {when(m.receivedAt)}
                    </span>
                  </summary>
                  <pre className="overflow-x-auto border-t border-slate-200 px-3 py-2 text-sm whitespace-pre-wrap">
                    {m.text}
                  </pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

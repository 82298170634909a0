'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

/** Changes by others in the person's groups, with read / unread. */
export function NotificationLog() {
  const t = useTranslations('inbox.notifications');
  const tAudit = useTranslations('workingGroups.audit');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const log = useQuery(
    trpc.inbox.notifications.queryOptions({ unreadOnly }, { staleTime: 0, refetchOnMount: 'always' }),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.inbox.notifications.queryKey() });
  const markRead = useMutation(trpc.inbox.markRead.mutationOptions({ onSuccess: refresh }));
  const markAllRead = useMutation(trpc.inbox.markAllRead.mutationOptions({ onSuccess: refresh }));
  const label = (kind: 'actions' | 'entities', key: string) =>
    tAudit.has(`${kind}.${key}`) ? tAudit(`${kind}.${key}`) : key;

  return (
    <Section id="notifications" title={t('title')} intro={t('intro')}>
      <div className="mb-3 flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          {t('onlyUnread')}
        </label>
        {log.data ? (
          <span className="text-sm text-slate-600" data-testid="notifications-unread">
            {t('unread', { count: log.data.unread })}
          </span>
        ) : null}
        {log.data && log.data.unread > 0 ? (
          <Button size="sm" variant="secondary" onClick={() => markAllRead.mutate()} disabled={markAllRead.isPending}>
            {t('markAllRead')}
          </Button>
        ) : null}
      </div>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <LoadError onRetry={() => log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <EmptyState>{unreadOnly ? t('emptyUnread') : t('empty')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200">
          {log.data.items.map((n) => {
            const line = t('line', {
              actor: n.actorName ?? t('someone'),
              action: label('actions', n.action),
              entity: label('entities', n.entityType),
            });
            return (
              <li
                key={n.id}
                className="flex flex-wrap items-center justify-between gap-3 py-2"
                data-testid="notification"
              >
                <div className="min-w-0 text-sm">
                  {n.read ? null : (
                    <span className="mr-2">
                      <Badge tone="info">{t('newBadge')}</Badge>
                    </span>
                  )}
                  {n.href ? (
                    <Link href={n.href} className="text-brand-700 underline-offset-2 hover:underline">
                      {line}
                    </Link>
                  ) : (
                    line
                  )}
                  {n.groupName ? (
                    <span className="text-slate-600"> · {t('inGroup', { group: n.groupName })}</span>
                  ) : null}
                </div>
                <div className="flex items-center gap-2 text-sm text-slate-600">
                  <time dateTime={new Date(n.occurredAt).toISOString()}>
                    {format.dateTime(new Date(n.occurredAt), { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                  {n.read ? null : (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => markRead.mutate({ id: n.id })}
                      disabled={markRead.isPending}
                    >
                      {t('markRead')}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

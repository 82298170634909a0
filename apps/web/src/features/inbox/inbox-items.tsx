'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { inboxReasons, isValidIsoDate, type InboxItem, type InboxReason } from '@srw/domain';
import { Badge } from '@/components/ui/badge';
import { Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

/** Parameters that are calendar dates are shown as dates in the reader's language. */
function useParamFormatter() {
  const format = useFormatter();
  return (params: Record<string, string | number>) =>
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        typeof value === 'string' && isValidIsoDate(value)
          ? format.dateTime(new Date(`${value}T12:00:00`), { dateStyle: 'long' })
          : value,
      ]),
    );
}

function useSince() {
  const format = useFormatter();
  return (since: string) =>
    format.dateTime(isValidIsoDate(since) ? new Date(`${since}T12:00:00`) : new Date(since), { dateStyle: 'medium' });
}

function groupByReason(items: readonly InboxItem[]): [InboxReason, InboxItem[]][] {
  return inboxReasons
    .map((reason): [InboxReason, InboxItem[]] => [reason, items.filter((item) => item.reason === reason)])
    .filter(([, group]) => group.length > 0);
}

/** What waits for the signed-in person, grouped by why it waits. */
export function InboxItems() {
  const t = useTranslations('inbox');
  const trpc = useTRPC();
  // Computed from the data: always read afresh when the page opens (an approval elsewhere changes it).
  const inbox = useQuery(trpc.inbox.list.queryOptions(undefined, { staleTime: 0, refetchOnMount: 'always' }));
  const params = useParamFormatter();
  const since = useSince();

  if (inbox.isPending) return <Loading />;
  if (inbox.isError) return <LoadError onRetry={() => inbox.refetch()} />;
  if (inbox.data.items.length === 0) return <EmptyState>{t('empty')}</EmptyState>;

  return (
    <div className="space-y-4" data-testid="inbox-items">
      {groupByReason(inbox.data.items).map(([reason, items]) => (
        <Section key={reason} id={`inbox-${reason}`} title={`${t(`reasonTitles.${reason}`)} (${items.length})`}>
          <ul className="divide-y divide-slate-200">
            {items.map((item) => (
              <li
                key={item.key}
                className="flex flex-wrap items-start justify-between gap-3 py-3"
                data-testid="inbox-item"
              >
                <div className="min-w-0">
                  <Link href={item.href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {item.title}
                  </Link>
                  <p className="text-sm text-slate-700">{t(`reasons.${item.reason}`, params(item.params))}</p>
                </div>
                <div className="flex shrink-0 items-center gap-2 text-sm text-slate-600">
                  {item.needsAction ? <Badge tone="warning">{t('needsAction')}</Badge> : null}
                  {/* Expiry and due dates still ahead are in the reason itself; "since" only for what already waits. */}
                  {item.since.slice(0, 10) <= inbox.data.today ? (
                    <span>{t('since', { date: since(item.since) })}</span>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </div>
  );
}

'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { changedFields } from '@srw/domain';
import { Button } from '@/components/ui/button';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

export function AuditList({ groupId, showGroup = false }: { groupId?: string; showGroup?: boolean }) {
  const t = useTranslations('workingGroups.audit');
  const tCommon = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions({ groupId, limit: 25 }, { getNextPageParam: (last) => last.nextCursor }),
  );
  const events = query.data?.pages.flatMap((page) => page.items) ?? [];
  const entityLabel = (type: string) => (t.has(`entities.${type}`) ? t(`entities.${type}`) : type);
  const fieldLabel = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  // Known enumerations are shown in the user's language; other values as stored.
  const valueLabel = (field: string, value: string) => {
    const key =
      field === 'role'
        ? `roles.group.${value}`
        : field === 'globalRole'
          ? `roles.global.${value}`
          : field === 'status'
            ? `workingGroups.status.${value}`
            : field === 'classification'
              ? `classification.${value}`
              : null;
    return key && tCommon.has(key) ? tCommon(key) : value;
  };
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError onRetry={() => query.refetch()} />;
  if (events.length === 0) return <EmptyState>{t('empty')}</EmptyState>;

  return (
    <div>
      <ol className="divide-y divide-slate-200" aria-label={t('what')}>
        {events.map((event) => {
          const changes = changedFields(event.before, event.after);
          return (
            <li key={event.id} className="py-3">
              <p className="text-sm">
                <time dateTime={event.occurredAt.toISOString()} className="text-slate-600">
                  {format.dateTime(event.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>{' '}
                · <strong>{event.actorName ?? t('system')}</strong> · {entityLabel(event.entityType)}{' '}
                {actionLabel(event.action)}
                {showGroup && event.groupId ? (
                  <span className="text-slate-500"> · {event.groupId.slice(0, 8)}</span>
                ) : null}
              </p>
              {changes.length > 0 ? (
                <table className="mt-2 w-full table-fixed text-left text-xs">
                  <caption className="sr-only">{t('details')}</caption>
                  <thead className="text-slate-600">
                    <tr>
                      <th scope="col" className="w-1/5 py-1 font-medium">
                        {t('field')}
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        {t('before')}
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        {t('after')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((change) => (
                      <tr key={change.key} className="align-top">
                        <th scope="row" className="py-0.5 pr-2 font-normal text-slate-700">
                          {fieldLabel(change.key)}
                        </th>
                        <td className="py-0.5 pr-2 break-words text-slate-600 line-through decoration-slate-400">
                          {valueLabel(change.key, change.before)}
                        </td>
                        <td className="py-0.5 break-words text-slate-900">{valueLabel(change.key, change.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          );
        })}
      </ol>
      {query.hasNextPage ? (
        <Button
          variant="secondary"
          className="mt-3"
          onClick={() => query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? tCommon('states.loading') : tCommon('actions.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}

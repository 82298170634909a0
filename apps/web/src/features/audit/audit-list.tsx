'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import {
  auditEntityHref,
  auditEntityTypes,
  auditFieldLabel,
  auditFilterQueryString,
  changedFields,
  isExportLocale,
  parseAuditFilterQuery,
  type AuditEntityType,
  type AuditFilter,
} from '@srw/domain';
import { SelectField, TextField } from '@/components/forms/fields';
import { Button } from '@/components/ui/button';
import { ExportLinks } from '@/components/ui/export-links';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { useAddressFilters } from '@/lib/use-address-filters';

const isEntityType = (value: string): value is AuditEntityType =>
  (auditEntityTypes as readonly string[]).includes(value);

/** The whole trail (admins): filters in the address, above the list. */
export function FilteredAuditList() {
  const t = useTranslations('workingGroups.audit');
  const tAdmin = useTranslations('admin.audit');
  const trpc = useTRPC();
  const [filters, setFilters] = useAddressFilters(parseAuditFilterQuery, auditFilterQueryString);
  // Complete lists (not the first page of the users or groups list).
  const options = useQuery(trpc.audit.filterOptions.queryOptions());
  const entityLabel = (type: string) => (t.has(`entities.${type}`) ? t(`entities.${type}`) : type);
  const personOptions = (options.data?.people ?? []).map((u) => ({
    value: u.id,
    label: `${u.name} (${u.organisationCode})`,
  }));
  // A person chosen through the address who is not (or not yet) in the list still shows as chosen.
  if (filters.actorId && !personOptions.some((option) => option.value === filters.actorId)) {
    personOptions.unshift({ value: filters.actorId, label: t('filters.chosenPerson') });
  }
  const update = (next: Partial<AuditFilter>, history: 'push' | 'replace' = 'push') =>
    setFilters({ ...filters, ...next }, history);
  return (
    <div>
      <div className="no-print mb-4 grid gap-3 sm:grid-cols-3" role="search" aria-label={t('filters.title')}>
        <SelectField
          label={t('filters.person')}
          placeholder={t('filters.everyone')}
          options={personOptions}
          value={filters.actorId ?? ''}
          onChange={(e) => update({ actorId: e.target.value || undefined })}
        />
        <SelectField
          label={t('filters.kind')}
          placeholder={t('filters.all')}
          options={auditEntityTypes
            .map((type) => ({ value: type, label: entityLabel(type) }))
            .sort((a, b) => a.label.localeCompare(b.label))}
          value={filters.entityType ?? ''}
          onChange={(e) => update({ entityType: isEntityType(e.target.value) ? e.target.value : undefined })}
        />
        <SelectField
          label={t('filters.group')}
          placeholder={t('filters.allGroups')}
          options={(options.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))}
          value={filters.groupId ?? ''}
          onChange={(e) => update({ groupId: e.target.value || undefined })}
        />
        <TextField
          label={t('filters.from')}
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => update({ from: e.target.value || undefined }, 'replace')}
        />
        <TextField
          label={t('filters.to')}
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => update({ to: e.target.value || undefined }, 'replace')}
        />
        <label className="flex items-end gap-2 pb-2 text-slate-800">
          <input
            type="checkbox"
            className="h-4 w-4 accent-brand-700"
            checked={filters.includeSignIns}
            onChange={(e) => update({ includeSignIns: e.target.checked })}
          />
          {t('filters.signIns')}
        </label>
      </div>
      <div className="no-print mb-4 flex justify-end">
        {/* The download has the filters of the list on screen. */}
        <ExportLinks name="audittrail" label={tAdmin('title')} query={auditFilterQueryString(filters)} />
      </div>
      <AuditList filter={filters} showGroup />
    </div>
  );
}

export function AuditList({
  groupId,
  filter,
  showGroup = false,
}: {
  groupId?: string;
  filter?: AuditFilter;
  showGroup?: boolean;
}) {
  const t = useTranslations('workingGroups.audit');
  const tCommon = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { ...filter, ...(groupId ? { groupId } : {}), limit: 25 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const events = query.data?.pages.flatMap((page) => page.items) ?? [];
  const entityLabel = (type: string) => (t.has(`entities.${type}`) ? t(`entities.${type}`) : type);
  const fieldLabel = (field: string) =>
    t.has(`fields.${field}`) ? t(`fields.${field}`) : auditFieldLabel(field, isExportLocale(locale) ? locale : 'nl');
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
          const href = isEntityType(event.entityType)
            ? auditEntityHref(event.entityType, event.entityId, event.groupId)
            : null;
          return (
            <li key={event.id} className="py-3">
              <p className="text-sm">
                <time dateTime={event.occurredAt.toISOString()} className="text-slate-600">
                  {format.dateTime(event.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>{' '}
                · <strong>{event.actorName ?? t('system')}</strong> · {entityLabel(event.entityType)}{' '}
                {actionLabel(event.action)}
                {showGroup && event.groupName ? <span className="text-slate-500"> · {event.groupName}</span> : null}
                {href && event.action !== 'delete' ? (
                  <>
                    {' '}
                    ·{' '}
                    <Link href={href} className="text-brand-700 underline">
                      {t('open', { what: entityLabel(event.entityType) })}
                    </Link>
                  </>
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

'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import {
  canCreateRecommendation,
  lensOrganisation,
  parseRecommendationListQuery,
  recommendationListQueryString,
  recommendationStatuses,
  type RecommendationStatus,
} from '@srw/domain';
import { SelectField, TextField } from '@/components/forms/fields';
import { useSessionUser } from '@/components/shell/session-user';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { OverdueBadge, PriorityBadge, RecommendationStatusBadge } from './recommendation-badges';
import { RecommendationFilters } from './recommendation-filters';
import { recommendationListInput, withLensOrganisation } from './recommendation-queries';
import { useAddressFilters } from '@/lib/use-address-filters';
import { useLens } from '@/lib/use-lens';

export function RecommendationList() {
  const t = useTranslations('recommendations');
  const tc = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const user = useSessionUser();
  // The filters live in the address (`?status=aanvaard&overtermijn=ja&zoek=…`): reload, a shared link and Back keep them.
  const [addressFilters, setFilters] = useAddressFilters(parseRecommendationListQuery, recommendationListQueryString);
  // The organisation lens lists what is addressed to that organisation, unless an organisation is chosen here.
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const lensOrg = lensOrganisation(useLens(user.userId).lens, organisations.data ?? []);
  const filters = withLensOrganisation(addressFilters, lensOrg?.id ?? null);
  const myGroups = useQuery(trpc.workingGroups.list.queryOptions({ scope: 'mine', limit: 100 }));
  const mayCreate = canCreateRecommendation(user, myGroups.data?.items ?? []);
  const query = useInfiniteQuery(
    trpc.recommendations.list.infiniteQueryOptions(recommendationListInput(filters), {
      getNextPageParam: (last) => last.nextCursor,
    }),
  );
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          mayCreate ? (
            <Link href="/aanbevelingen/nieuw" className={buttonClass('primary')}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      {lensOrg && !addressFilters.organisationId ? (
        <p
          className="no-print mb-4 rounded border-l-4 border-brand-700 bg-brand-50 px-3 py-2 text-sm text-brand-800"
          data-testid="lens-notice"
        >
          {tc('lens.registerNotice', { organisation: lensOrg.name })}
        </p>
      ) : null}
      <RecommendationFilters values={filters} onChange={(next) => setFilters({ ...filters, ...next })} />
      <div className="no-print mb-6 grid gap-3 sm:grid-cols-3">
        <SelectField
          label={t('filters.status')}
          placeholder={t('filters.all')}
          options={recommendationStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={filters.status ?? ''}
          onChange={(e) => setFilters({ ...filters, status: (e.target.value || null) as RecommendationStatus | null })}
        />
        <TextField
          label={t('filters.search')}
          type="search"
          value={filters.search ?? ''}
          onChange={(e) => setFilters({ ...filters, search: e.target.value || null }, 'replace')}
        />
        <label className="flex items-end gap-2 pb-2 text-slate-800">
          <input
            type="checkbox"
            className="h-4 w-4 accent-brand-700"
            checked={filters.overdue}
            onChange={(e) => setFilters({ ...filters, overdue: e.target.checked })}
          />
          {t('filters.overdueOnly')}
        </label>
      </div>

      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError onRetry={() => query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="space-y-3" aria-label={t('title')}>
          {items.map((item) => (
            <li key={item.id} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-sm font-semibold text-slate-700">{item.code}</span>
                <RecommendationStatusBadge status={item.status} />
                {item.overdue ? <OverdueBadge /> : null}
                {item.priority ? <PriorityBadge /> : null}
                <Badge>{t(`level.${item.level}`)}</Badge>
                {item.addressees.map((a) => (
                  <Badge key={a.code} tone={organisationTone(a.code)}>
                    {a.code}: {t(`addresseeState.${a.state}`)}
                  </Badge>
                ))}
              </div>
              <h2 className="mt-2 text-base font-semibold">
                <Link href={`/aanbevelingen/${item.id}`} className="text-brand-700 hover:underline">
                  {item.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {item.groupName ?? t('managementLevel')} · {t(`source.${item.sourceType}`)} ·{' '}
                {item.dueDate
                  ? t('dueOn', { date: format.dateTime(new Date(`${item.dueDate}T12:00:00`), { dateStyle: 'medium' }) })
                  : t('noDueDate')}{' '}
                · {item.ownerName ? t('owner', { name: item.ownerName }) : t('noOwner')} ·{' '}
                {item.conditionIds.join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {query.hasNextPage ? (
        <div className="mt-4">
          <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? tc('states.loading') : tc('actions.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

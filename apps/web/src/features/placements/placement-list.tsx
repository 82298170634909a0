'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import {
  emptyPlacementListQuery,
  parsePlacementListQuery,
  countLensPlacements,
  placementLensRole,
  placementListQueryString,
  placementStatuses,
  type PlacementListQuery,
  type PlacementStatus,
} from '@srw/domain';
import { SelectField, TextField } from '@/components/forms/fields';
import { LensNotice } from '@/components/lens/lens-notice';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useAddressFilters } from '@/lib/use-address-filters';
import { useTRPC } from '@/lib/trpc/client';
import { useLensOrganisation } from '@/lib/use-lens-organisation';
import { useCalendarDate } from './placement-format';
import { PlacementStatusBadge } from './placement-status-badge';
import { PlacementViewsNav } from './placement-views-nav';
import { placementListInput } from './placement-queries';

/** What the form holds while the user edits it: text as typed, applied only on submit. */
interface Draft {
  organisationId: string;
  unit: string;
  status: '' | PlacementStatus;
  from: string;
  to: string;
}

function toDraft(query: PlacementListQuery): Draft {
  return {
    organisationId: query.organisationId ?? '',
    unit: query.unit ?? '',
    status: query.status ?? '',
    from: query.from ?? '',
    to: query.to ?? '',
  };
}

function fromDraft(draft: Draft): PlacementListQuery {
  return {
    organisationId: draft.organisationId || null,
    unit: draft.unit.trim() || null,
    status: draft.status || null,
    from: draft.from || null,
    to: draft.to || null,
  };
}

/**
 * The applied filters live in the address (`?organisatie=…&eenheid=…&status=…&van=…&tot=…`), so a
 * filtered list survives a reload and can be shared. Applying pushes a history entry (Back returns
 * to the previous filters) through the shared `useAddressFilters`, without a server round trip.
 */
/** Marks a placement with what the lens organisation is to it: home or host. */
function LensRole({
  placement,
  lens,
  side,
}: {
  placement: { homeOrganisationId: string; hostOrganisationId: string };
  lens: { id: string; code: string } | null;
  side: 'home' | 'host';
}) {
  const t = useTranslations('placements.lens');
  const role = placementLensRole(placement, lens?.id ?? null);
  if (role !== side || !lens) return null;
  return (
    <span className="text-xs text-brand-800" data-testid="lens-role">
      ({t(`role.${role}`, { organisation: lens.code })})
    </span>
  );
}

export function PlacementList() {
  const t = useTranslations();
  const trpc = useTRPC();
  const formatDate = useCalendarDate();
  const [applied, apply] = useAddressFilters(parsePlacementListQuery, placementListQueryString);
  const appliedString = placementListQueryString(applied);
  // The organisation lens lists the placements where that organisation is home or host, unless an organisation is chosen here.
  const lensOrg = useLensOrganisation();
  const lensFilter = lensOrg && !applied.organisationId ? lensOrg : null;
  const input = placementListInput(applied, lensFilter?.id ?? null);
  const query = useInfiniteQuery(
    trpc.placements.list.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor }),
  );
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const lensCounts = countLensPlacements(items, lensOrg?.id ?? null);
  const filtered = appliedString !== '';

  return (
    <>
      <PageHeader
        title={t('placements.title')}
        intro={t('placements.intro')}
        actions={
          <Link href="/liaisons/nieuw" className={buttonClass('primary')}>
            {t('placements.new')}
          </Link>
        }
      />
      <PlacementViewsNav current="list" />
      {/* Keyed by the applied filters: Back, Forward or a link resets what the form shows. */}
      <PlacementFilterForm key={appliedString} applied={applied} filtered={filtered} onApply={apply} />
      {lensFilter ? (
        <LensNotice>
          {t('placements.lens.listNotice', { organisation: lensFilter.name })}{' '}
          {query.isSuccess
            ? t(query.hasNextPage ? 'placements.lens.countShown' : 'placements.lens.count', {
                organisation: lensFilter.name,
                home: lensCounts.home,
                host: lensCounts.host,
              })
            : null}
        </LensNotice>
      ) : null}

      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError onRetry={() => query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState>
          {filtered || lensFilter ? t('placements.list.emptyFiltered') : t('placements.list.empty')}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t('placements.title')}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('placements.list.person')}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('placements.list.route')}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('placements.list.period')}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('placements.list.status')}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('placements.list.group')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {items.map((p) => (
                <tr key={p.id} className="align-top">
                  <td className="px-4 py-3">
                    <Link href={`/liaisons/${p.id}`} className="font-medium text-brand-700 hover:underline">
                      {p.personName}
                    </Link>
                    <div className="text-slate-600">{p.hostFunction}</div>
                  </td>
                  <td className="px-4 py-3">
                    <div className="flex flex-wrap items-center gap-1">
                      <Badge tone={organisationTone(p.homeOrganisationCode)}>{p.homeOrganisationCode}</Badge>
                      <span>{p.homeUnit}</span>
                      <LensRole placement={p} lens={lensOrg} side="home" />
                    </div>
                    <div className="mt-1 flex flex-wrap items-center gap-1">
                      <span aria-hidden>→</span>
                      <Badge tone={organisationTone(p.hostOrganisationCode)}>{p.hostOrganisationCode}</Badge>
                      <span>{p.hostUnit}</span>
                      <LensRole placement={p} lens={lensOrg} side="host" />
                    </div>
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap">
                    {formatDate(p.startDate)} – {formatDate(p.endDate)}
                  </td>
                  <td className="px-4 py-3">
                    <div className="flex flex-col items-start gap-1">
                      <PlacementStatusBadge status={p.status} />
                      {p.overdue ? <Badge tone="danger">{t('placements.flags.overdue')}</Badge> : null}
                      {p.dueForActivation ? <Badge tone="info">{t('placements.flags.dueForActivation')}</Badge> : null}
                      {p.accessWarnings.length > 0 ? (
                        <Badge tone="warning">{t('placements.flags.accessWarnings')}</Badge>
                      ) : null}
                    </div>
                  </td>
                  <td className="px-4 py-3">
                    {p.groupId ? (
                      <Link href={`/werkgroepen/${p.groupId}`} className="text-brand-700 hover:underline">
                        {p.groupName}
                      </Link>
                    ) : (
                      <span className="text-slate-500">{t('placements.list.noGroup')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.hasNextPage ? (
        <div className="mt-4">
          <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? t('states.loading') : t('actions.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

function PlacementFilterForm({
  applied,
  filtered,
  onApply,
}: {
  applied: PlacementListQuery;
  filtered: boolean;
  onApply: (next: PlacementListQuery) => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const [draft, setDraft] = useState<Draft>(() => toDraft(applied));

  return (
    <form
      role="search"
      aria-label={t('placements.filters.title')}
      className="mb-6 grid gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(fromDraft(draft));
      }}
    >
      <SelectField
        label={t('placements.filters.organisation')}
        placeholder={t('placements.filters.anyOrganisation')}
        options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={draft.organisationId}
        onChange={(e) => setDraft({ ...draft, organisationId: e.target.value })}
      />
      <TextField
        label={t('placements.filters.unit')}
        hint={t('placements.filters.unitHint')}
        value={draft.unit}
        maxLength={160}
        onChange={(e) => setDraft({ ...draft, unit: e.target.value })}
      />
      <SelectField
        label={t('placements.filters.status')}
        placeholder={t('placements.filters.anyStatus')}
        options={placementStatuses.map((s) => ({ value: s, label: t(`placements.status.${s}`) }))}
        value={draft.status}
        onChange={(e) => setDraft({ ...draft, status: e.target.value as Draft['status'] })}
      />
      <TextField
        type="date"
        label={t('placements.filters.from')}
        value={draft.from}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
      />
      <TextField
        type="date"
        label={t('placements.filters.to')}
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
      />
      <div className="flex gap-2 sm:col-span-2 lg:col-span-5">
        <Button type="submit">{t('placements.filters.apply')}</Button>
        {filtered ? (
          <Button variant="ghost" onClick={() => onApply(emptyPlacementListQuery)}>
            {t('placements.filters.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

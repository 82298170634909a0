'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import {
  parseSearchQueryString,
  readsEveryGroup,
  searchHref,
  searchKinds,
  searchKindStatuses,
  snippetParts,
  type SearchAddress,
  type SearchKind,
} from '@srw/domain';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@srw/api/client-types';
import { SelectField } from '@/components/forms/fields';
import { useSessionUser } from '@/components/shell/session-user';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useAddressFilters } from '@/lib/use-address-filters';
import { useTRPC } from '@/lib/trpc/client';

type SearchItem = inferRouterOutputs<AppRouter>['search']['query']['items'][number];

/** Where each kind's status label lives in the module's messages. */
const statusMessages: Record<SearchKind, string | null> = {
  working_group: 'workingGroups.status',
  glossary_term: 'glossary.status',
  scenario: 'scenarios.status',
  exercise: 'scenarios.exerciseStatus',
  decision: 'decisions.status',
  placement: 'placements.status',
  recommendation: 'recommendations.status',
  assessment: null,
};

const serialise = (address: SearchAddress) => searchHref(address.q, address.filters).slice('/zoeken'.length);

function Snippet({ text }: { text: string }) {
  const parts = snippetParts(text);
  if (parts.length === 0) return null;
  return (
    <p className="mt-1 text-sm text-slate-700">
      {parts.map((part, index) =>
        part.hit ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

function ResultItem({ item }: { item: SearchItem }) {
  const t = useTranslations();
  const format = useFormatter();
  const statusKey = statusMessages[item.kind];
  const assessedOn = item.kind === 'assessment' ? /\d{4}-\d{2}-\d{2}$/.exec(item.title)?.[0] : undefined;
  const title = assessedOn
    ? t('search.assessmentTitle', { date: format.dateTime(new Date(`${assessedOn}T12:00:00Z`), { dateStyle: 'long' }) })
    : item.title;
  return (
    <li className="py-3" data-testid="search-result">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        {item.code ? <span className="font-mono text-sm font-semibold text-slate-700">{item.code}</span> : null}
        <Link href={item.href} className="font-medium text-brand-700 hover:underline">
          {title}
        </Link>
        {item.abbreviations.length > 0 ? (
          <span className="text-sm text-slate-600">({item.abbreviations.join(', ')})</span>
        ) : null}
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
        {statusKey && item.status ? <Badge>{t(`${statusKey}.${item.status}`)}</Badge> : null}
        <span>{item.groupName ?? t('search.noGroup')}</span>
      </div>
      <Snippet text={item.snippet} />
    </li>
  );
}

export function SearchResults() {
  const t = useTranslations('search');
  const tAll = useTranslations();
  const trpc = useTRPC();
  const user = useSessionUser();
  const [address, setAddress] = useAddressFilters(parseSearchQueryString, serialise);
  const [typed, setTyped] = useState(address.q);
  const [seenQ, setSeenQ] = useState(address.q);
  if (address.q !== seenQ) {
    setSeenQ(address.q);
    setTyped(address.q);
  }
  const { q, filters } = address;
  const results = useQuery({
    ...trpc.search.query.queryOptions({ q, ...filters }),
    enabled: q !== '',
  });
  const groups = useQuery(
    trpc.workingGroups.list.queryOptions({ scope: readsEveryGroup(user) ? 'all' : 'mine', limit: 100 }),
  );
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const router = useRouter();
  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  // A query that is exactly one record's code (R-4, B2) opens that record.
  const jumpTo = hasFilters ? null : (results.data?.jumpTo ?? null);
  useEffect(() => {
    if (jumpTo) router.replace(jumpTo);
  }, [jumpTo, router]);

  const setFilter = (key: keyof SearchAddress['filters'], value: string) => {
    const next = { ...filters, [key]: value === '' ? undefined : value };
    if (key === 'kind') next.status = undefined;
    setAddress({ q, filters: next });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAddress({ q: typed.trim(), filters });
  };
  const statusKey = filters.kind ? statusMessages[filters.kind] : null;
  const statuses = filters.kind ? searchKindStatuses[filters.kind] : [];

  // Kinds in the order of their best hit, so the most relevant group comes first.
  const byKind = new Map<SearchKind, SearchItem[]>();
  for (const item of results.data?.items ?? []) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <form
        role="search"
        aria-label={t('title')}
        className="no-print mb-6 space-y-4 rounded border border-slate-200 bg-white p-4"
        onSubmit={submit}
      >
        <div className="flex flex-wrap items-end gap-2">
          <label className="min-w-0 flex-1">
            <span className="mb-1 block text-sm font-medium text-slate-800">{t('field')}</span>
            <input
              type="search"
              value={typed}
              maxLength={200}
              onChange={(event) => setTyped(event.target.value)}
              className="w-full rounded border border-slate-300 px-3 py-2 text-slate-900 focus:border-brand-700 focus:ring-2 focus:ring-brand-100 focus:outline-none"
            />
          </label>
          <Button type="submit">{t('submit')}</Button>
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="sr-only">{t('filters.title')}</legend>
          <SelectField
            label={t('filters.kind')}
            placeholder={t('filters.all')}
            options={searchKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            value={filters.kind ?? ''}
            onChange={(event) => setFilter('kind', event.target.value)}
          />
          <SelectField
            label={t('filters.group')}
            placeholder={t('filters.all')}
            options={(groups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name }))}
            value={filters.groupId ?? ''}
            onChange={(event) => setFilter('groupId', event.target.value)}
          />
          <SelectField
            label={t('filters.organisation')}
            placeholder={t('filters.all')}
            options={(organisations.data ?? []).map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            value={filters.organisationId ?? ''}
            onChange={(event) => setFilter('organisationId', event.target.value)}
          />
          <SelectField
            label={t('filters.status')}
            placeholder={t('filters.all')}
            hint={filters.kind ? undefined : t('filters.statusHint')}
            disabled={!statusKey}
            options={statuses.map((status) => ({ value: status, label: tAll(`${statusKey}.${status}`) }))}
            value={filters.status ?? ''}
            onChange={(event) => setFilter('status', event.target.value)}
          />
        </fieldset>
        {hasFilters ? (
          <Button variant="ghost" size="sm" onClick={() => setAddress({ q, filters: {} })}>
            {t('filters.reset')}
          </Button>
        ) : null}
      </form>

      {q === '' ? (
        <EmptyState>{t('typeToSearch')}</EmptyState>
      ) : results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <LoadError onRetry={() => results.refetch()} />
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600" aria-live="polite">
            {t('resultCount', { count: results.data.total, q })}
          </p>
          {results.data.items.length === 0 ? (
            <EmptyState>{t('empty', { q })}</EmptyState>
          ) : (
            [...byKind.entries()].map(([kind, items]) => {
              const count = results.data.counts[kind] ?? items.length;
              return (
                <Section key={kind} id={`soort-${kind}`} title={`${t(`kinds.${kind}`)} (${count})`}>
                  <ul className="divide-y divide-slate-200">
                    {items.map((item) => (
                      <ResultItem key={item.recordId} item={item} />
                    ))}
                  </ul>
                  {count > items.length && filters.kind !== kind ? (
                    <p className="mt-2 text-sm">
                      <Link
                        href={searchHref(q, { ...filters, kind, status: undefined })}
                        onClick={(event) => {
                          event.preventDefault();
                          setFilter('kind', kind);
                        }}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {t('showAll', { count })}
                      </Link>
                    </p>
                  ) : count > items.length ? (
                    <p className="mt-2 text-sm text-slate-600">{t('shownOf', { shown: items.length, count })}</p>
                  ) : null}
                </Section>
              );
            })
          )}
        </>
      )}
    </>
  );
}

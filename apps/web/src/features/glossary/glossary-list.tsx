'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import {
  contributableGroups,
  glossaryListQueryString,
  glossaryTermStatuses,
  lensOrganisation,
  parseGlossaryListQuery,
  type GlossaryListFilters,
  type GlossaryTermStatus,
} from '@srw/domain';
import { SelectField, TextField } from '@/components/forms/fields';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { ClassificationBadge } from '@/components/ui/classification-badge';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useSessionUser } from '@/components/shell/session-user';
import { useTRPC } from '@/lib/trpc/client';
import { useLens } from '@/lib/use-lens';
import { useAddressFilters } from '@/lib/use-address-filters';
import { DivergentBadge, GlossaryStatusBadge, ReviewOverdueBadge } from './glossary-badges';
import { GlossaryExportButtons } from './glossary-export';
import { glossaryListInput } from './glossary-queries';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

function useDebounced<T>(value: T, delay = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Groups the user may create terms in: where they chair or are a member. */
export function useContributableGroups() {
  const trpc = useTRPC();
  const groups = useQuery(trpc.workingGroups.list.queryOptions({ scope: 'mine', limit: 100 }));
  return contributableGroups(groups.data?.items ?? []);
}

export function GlossaryList() {
  const t = useTranslations();
  const trpc = useTRPC();
  // The filters live in the address (shareable, kept on reload); typing replaces the entry, a choice pushes one.
  const [filters, setFilters] = useAddressFilters(parseGlossaryListQuery, glossaryListQueryString);
  const { search, letter, organisationId, status, divergent, includeRetired } = filters;
  const set = (next: Partial<GlossaryListFilters>, history: 'push' | 'replace' = 'push') =>
    setFilters({ ...filters, ...next }, history);
  const debouncedSearch = useDebounced(search.trim());
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const contributable = useContributableGroups();
  const user = useSessionUser();
  // The organisation lens puts that organisation's definition first; the terms shown stay the same.
  const lensOrg = lensOrganisation(useLens(user.userId).lens, organisations.data ?? []);

  const input = glossaryListInput(filters, debouncedSearch, lensOrg?.id ?? null);
  const query = useInfiniteQuery(
    trpc.glossary.list.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor }),
  );
  const terms = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(debouncedSearch || letter || organisationId || status || divergent);

  return (
    <>
      <PageHeader
        title={t('glossary.title')}
        intro={t('glossary.intro')}
        actions={
          contributable.length > 0 ? (
            <>
              <Link href="/begrippenlijst/nieuw" className={buttonClass('primary')}>
                {t('glossary.new')}
              </Link>
              <Link href="/begrippenlijst/importeren" className={buttonClass('secondary')}>
                {t('glossary.import')}
              </Link>
            </>
          ) : null
        }
      />
      <div className="mb-4">
        <GlossaryExportButtons />
      </div>
      <div className="mb-4 grid gap-4 rounded border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-3">
        <div className="md:col-span-3">
          <TextField
            type="search"
            label={t('glossary.search.label')}
            hint={t('glossary.search.hint')}
            value={search}
            onChange={(e) => set({ search: e.target.value }, 'replace')}
          />
        </div>
        <SelectField
          label={t('glossary.filters.organisation')}
          placeholder={t('glossary.filters.allOrganisations')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={organisationId}
          onChange={(e) => set({ organisationId: e.target.value })}
        />
        <SelectField
          label={t('glossary.filters.status')}
          placeholder={t('glossary.filters.allStatuses')}
          options={glossaryTermStatuses.map((s) => ({ value: s, label: t(`glossary.status.${s}`) }))}
          value={status}
          onChange={(e) => set({ status: e.target.value as GlossaryTermStatus | '' })}
        />
        <div className="flex flex-col justify-end gap-2 text-sm text-slate-800">
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              className="h-4 w-4 accent-brand-700"
              checked={divergent}
              onChange={(e) => set({ divergent: e.target.checked })}
            />
            {t('glossary.filters.divergent')}
          </label>
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              className="h-4 w-4 accent-brand-700"
              checked={includeRetired}
              onChange={(e) => set({ includeRetired: e.target.checked })}
            />
            {t('glossary.filters.includeRetired')}
          </label>
        </div>
      </div>
      {lensOrg ? (
        <p className="mb-4 rounded border-l-4 border-brand-700 bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {t('lens.glossaryNotice', { organisation: lensOrg.name })}
        </p>
      ) : null}
      <nav aria-label={t('glossary.letters.label')} className="mb-4 flex flex-wrap gap-1">
        {[null, ...LETTERS, '#'].map((value) => (
          <button
            key={value ?? 'all'}
            type="button"
            aria-pressed={letter === value}
            disabled={Boolean(debouncedSearch)}
            onClick={() => set({ letter: value })}
            className={`min-w-8 rounded px-2 py-1 text-sm font-medium uppercase disabled:opacity-50 ${letter === value ? 'bg-brand-700 text-white' : 'bg-white text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50'}`}
          >
            {value === null ? t('glossary.letters.all') : value}
          </button>
        ))}
      </nav>

      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError onRetry={() => query.refetch()} />
      ) : terms.length === 0 ? (
        <EmptyState>{filtered ? t('glossary.empty') : t('glossary.emptyAll')}</EmptyState>
      ) : (
        <>
          <p className="sr-only" aria-live="polite">
            {t('glossary.resultCount', { count: terms.length })}
          </p>
          <ul
            className="divide-y divide-slate-200 rounded border border-slate-200 bg-white shadow-sm"
            aria-label={t('glossary.title')}
          >
            {terms.map((term) => (
              <li key={term.id} className="p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-lg font-semibold">
                    <Link href={`/begrippenlijst/${term.id}`} className="text-brand-700 hover:underline">
                      {term.prefLabel}
                    </Link>
                  </h2>
                  {term.abbreviations.length > 0 ? (
                    <span className="text-sm text-slate-600">({term.abbreviations.join(', ')})</span>
                  ) : null}
                  <GlossaryStatusBadge status={term.status} />
                  {term.divergent ? <DivergentBadge /> : null}
                  {term.reviewOverdue ? <ReviewOverdueBadge /> : null}
                  <ClassificationBadge value={term.classification} />
                  {term.organisationCodes.map((code) => (
                    <Badge key={code} tone={organisationTone(code)}>
                      {code}
                    </Badge>
                  ))}
                </div>
                {term.preview ? (
                  <p className="mt-1 line-clamp-2 text-slate-700">
                    {term.previewOrganisationCode ? (
                      <span className="mr-1 font-medium" data-testid="lens-definition">
                        {t('lens.definitionOf', { organisation: term.previewOrganisationCode })}
                      </span>
                    ) : null}
                    {term.preview}
                  </p>
                ) : null}
                <p className="mt-1 text-xs text-slate-600">
                  {t('glossary.maintainedBy', { group: term.maintainingGroupName })}
                </p>
              </li>
            ))}
          </ul>
        </>
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

'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { contributableGroups, readsEveryGroup, scenarioStatuses, type ScenarioStatus } from '@srw/domain';
import { SelectField } from '@/components/forms/fields';
import { useSessionUser } from '@/components/shell/session-user';
import { Button, buttonClass } from '@/components/ui/button';
import { ClassificationBadge } from '@/components/ui/classification-badge';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { ScenarioStatusBadge } from './badges';
import { ScenariosTabs } from './scenarios-tabs';

/** The groups the user may read, for filters; the ones they contribute to, for creating. */
export function useReadableGroups() {
  const trpc = useTRPC();
  const user = useSessionUser();
  const groups = useQuery(
    trpc.workingGroups.list.queryOptions({ scope: readsEveryGroup(user) ? 'all' : 'mine', limit: 100 }),
  );
  const items = groups.data?.items ?? [];
  return { groups: items, contributable: contributableGroups(items) };
}

export function ScenarioList() {
  const t = useTranslations();
  const trpc = useTRPC();
  const [groupId, setGroupId] = useState('');
  const [status, setStatus] = useState<ScenarioStatus | ''>('');
  const { groups, contributable } = useReadableGroups();
  const query = useInfiniteQuery(
    trpc.scenarios.list.infiniteQueryOptions(
      { groupId: groupId || undefined, status: status || undefined, limit: 20 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const scenarios = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('scenarios.title')}
        intro={t('scenarios.intro')}
        actions={
          contributable.length > 0 ? (
            <Link
              href={groupId ? `/scenarios/nieuw?groep=${groupId}` : '/scenarios/nieuw'}
              className={buttonClass('primary')}
            >
              {t('scenarios.new')}
            </Link>
          ) : null
        }
      />
      <ScenariosTabs current="scenarios" />
      <div className="mb-4 grid max-w-2xl gap-3 sm:grid-cols-2">
        <SelectField
          label={t('scenarios.filters.group')}
          placeholder={t('scenarios.filters.allGroups')}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
          value={groupId}
          onChange={(e) => setGroupId(e.target.value)}
        />
        <SelectField
          label={t('scenarios.filters.status')}
          placeholder={t('scenarios.filters.allStatuses')}
          options={scenarioStatuses.map((s) => ({ value: s, label: t(`scenarios.status.${s}`) }))}
          value={status}
          onChange={(e) => setStatus(e.target.value as ScenarioStatus | '')}
        />
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError onRetry={() => query.refetch()} />
      ) : scenarios.length === 0 ? (
        <EmptyState>{t('scenarios.empty')}</EmptyState>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {scenarios.map((scenario) => (
            <li key={scenario.id} className="rounded border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <ScenarioStatusBadge status={scenario.status} />
                <ClassificationBadge value={scenario.classification} />
                <span className="text-xs text-slate-600">{t(`scenarios.threatType.${scenario.threatType}`)}</span>
              </div>
              <h2 className="mt-3 text-lg font-semibold">
                <Link href={`/scenarios/${scenario.id}`} className="text-brand-700 hover:underline">
                  {scenario.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {scenario.groupName} · {t('scenarios.exerciseCount', { count: scenario.exerciseCount })}
              </p>
            </li>
          ))}
        </ul>
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

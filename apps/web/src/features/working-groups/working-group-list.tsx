'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { canCreateGroup, readsEveryGroup, workingGroupExportQueryString } from '@srw/domain';
import { useSessionUser } from '@/components/shell/session-user';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { ClassificationBadge } from '@/components/ui/classification-badge';
import { ExportLinks } from '@/components/ui/export-links';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { WorkingGroupStatusBadge } from './status-badge';

export function WorkingGroupList() {
  const t = useTranslations();
  const user = useSessionUser();
  const trpc = useTRPC();
  const mayReadAll = readsEveryGroup(user);
  const [scope, setScope] = useState<'mine' | 'all'>(mayReadAll ? 'all' : 'mine');
  const query = useInfiniteQuery(
    trpc.workingGroups.list.infiniteQueryOptions({ scope, limit: 20 }, { getNextPageParam: (last) => last.nextCursor }),
  );
  const groups = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('workingGroups.title')}
        intro={t('workingGroups.intro')}
        actions={
          <>
            {canCreateGroup(user) ? (
              <Link href="/werkgroepen/nieuw" className={buttonClass('primary')}>
                {t('workingGroups.new')}
              </Link>
            ) : null}
            <ExportLinks
              name="werkgroepen"
              query={workingGroupExportQueryString(scope)}
              label={t('workingGroups.title')}
            />
          </>
        }
      />
      {mayReadAll ? (
        <div
          role="group"
          aria-label={t('workingGroups.title')}
          className="mb-4 inline-flex rounded border border-slate-300 bg-white p-0.5"
        >
          {(['mine', 'all'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={scope === value}
              onClick={() => setScope(value)}
              className={`rounded px-3 py-1.5 text-sm font-medium ${scope === value ? 'bg-brand-700 text-white' : 'text-slate-700 hover:bg-brand-50'}`}
            >
              {value === 'mine' ? t('workingGroups.scopeMine') : t('workingGroups.scopeAll')}
            </button>
          ))}
        </div>
      ) : null}

      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError onRetry={() => query.refetch()} />
      ) : groups.length === 0 ? (
        <EmptyState>{scope === 'mine' ? t('workingGroups.empty') : t('workingGroups.emptyAll')}</EmptyState>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {groups.map((group) => (
            <li key={group.id} className="rounded border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <WorkingGroupStatusBadge status={group.status} />
                <ClassificationBadge value={group.classification} />
                {group.organisationCodes.map((code) => (
                  <Badge key={code} tone={organisationTone(code)}>
                    {code}
                  </Badge>
                ))}
              </div>
              <h2 className="mt-3 text-lg font-semibold">
                <Link href={`/werkgroepen/${group.id}`} className="text-brand-700 hover:underline">
                  {group.name}
                </Link>
              </h2>
              <p className="mt-1 text-slate-700">{group.theme}</p>
              <p className="mt-3 text-sm text-slate-600">
                {t('workingGroups.members', { count: group.memberCount })} ·{' '}
                {group.myRole
                  ? t('workingGroups.yourRole', { role: t(`roles.group.${group.myRole}`) })
                  : t('workingGroups.noRole')}
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

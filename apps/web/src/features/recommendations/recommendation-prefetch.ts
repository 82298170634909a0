import 'server-only';

import { readsEveryGroup } from '@srw/domain';
import { prefetch, requestUser, trpc } from '@/lib/trpc/server';

/** What the register's and the dashboard's filter bar read (`RecommendationFilters`), plus the person's own groups. */
export async function prefetchRecommendationFilters(): Promise<void> {
  const user = await requestUser();
  if (!user) return;
  await Promise.all([
    prefetch(trpc.workingGroups.list.queryOptions({ scope: readsEveryGroup(user) ? 'all' : 'mine', limit: 100 })),
    prefetch(trpc.workingGroups.list.queryOptions({ scope: 'mine', limit: 100 })),
    prefetch(trpc.reference.conditions.queryOptions()),
  ]);
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { readsEveryGroup } from '@srw/domain';
import { WorkingGroupList } from '@/features/working-groups/working-group-list';
import { HydrateClient, prefetchInfinite, requestUser, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workingGroups');
  return { title: t('title') };
}

export default async function WorkingGroupsPage() {
  const user = await requestUser();
  // The list opens on every group for those who read them all, else on the person's own.
  if (user) {
    await prefetchInfinite(
      trpc.workingGroups.list.infiniteQueryOptions(
        { scope: readsEveryGroup(user) ? 'all' : 'mine', limit: 20 },
        { getNextPageParam: (last) => last.nextCursor },
      ),
    );
  }
  return (
    <HydrateClient>
      <WorkingGroupList />
    </HydrateClient>
  );
}

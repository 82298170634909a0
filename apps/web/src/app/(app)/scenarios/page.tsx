import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ScenarioList } from '@/features/scenarios/scenario-list';
import { prefetchReadableGroups } from '@/features/scenarios/scenario-prefetch';
import { HydrateClient, prefetchInfinite, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios');
  return { title: t('title') };
}

export default async function ScenariosPage() {
  await Promise.all([
    // The list opens without filters (no group, no status), as the component's first render asks.
    prefetchInfinite(
      trpc.scenarios.list.infiniteQueryOptions(
        { groupId: undefined, status: undefined, limit: 20 },
        { getNextPageParam: (last) => last.nextCursor },
      ),
    ),
    prefetchReadableGroups(),
  ]);
  return (
    <HydrateClient>
      <ScenarioList />
    </HydrateClient>
  );
}

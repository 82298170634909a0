import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PlacementCoverage } from '@/features/placements/placement-coverage';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('placements.coverage');
  return { title: t('title') };
}

export default async function PlacementCoveragePage() {
  await prefetch(trpc.placements.coverage.queryOptions());
  return (
    <HydrateClient>
      <PlacementCoverage />
    </HydrateClient>
  );
}

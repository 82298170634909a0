import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { calendarDateInNetherlands, parseTimelineQuery } from '@srw/domain';
import { placementTimelineInput } from '@/features/placements/placement-queries';
import { PlacementTimeline } from '@/features/placements/placement-timeline';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('placements.timeline');
  return { title: t('title') };
}

export default async function PlacementTimelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const initial = parseTimelineQuery(await searchParams);
  await prefetch(
    trpc.placements.timeline.queryOptions(placementTimelineInput(initial, calendarDateInNetherlands(new Date()))),
  );
  return (
    <HydrateClient>
      <PlacementTimeline initial={initial} />
    </HydrateClient>
  );
}

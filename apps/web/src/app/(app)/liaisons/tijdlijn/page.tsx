import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseTimelineQuery } from '@srw/domain';
import { PlacementTimeline } from '@/features/placements/placement-timeline';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('placements.timeline');
  return { title: t('title') };
}

export default async function PlacementTimelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <PlacementTimeline initial={parseTimelineQuery(await searchParams)} />;
}

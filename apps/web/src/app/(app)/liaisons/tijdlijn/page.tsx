import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PlacementTimeline } from '@/features/placements/placement-timeline';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('placements.timeline');
  return { title: t('title') };
}

export default function PlacementTimelinePage() {
  return <PlacementTimeline />;
}

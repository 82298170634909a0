import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PlacementList } from '@/features/placements/placement-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('placements');
  return { title: t('title') };
}

export default function PlacementsPage() {
  return <PlacementList />;
}

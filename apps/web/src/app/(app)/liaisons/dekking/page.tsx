import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PlacementCoverage } from '@/features/placements/placement-coverage';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('placements.coverage');
  return { title: t('title') };
}

export default function PlacementCoveragePage() {
  return <PlacementCoverage />;
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Loading } from '@/components/ui/states';
import { PlacementList } from '@/features/placements/placement-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('placements');
  return { title: t('title') };
}

// The list reads its filters with useSearchParams, which needs a Suspense boundary.
export default function PlacementsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <PlacementList />
    </Suspense>
  );
}

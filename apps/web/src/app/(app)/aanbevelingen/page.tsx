import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Loading } from '@/components/ui/states';
import { RecommendationList } from '@/features/recommendations/recommendation-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('recommendations');
  return { title: t('title') };
}

// The filters are read with useSearchParams, which needs a Suspense boundary.
export default function RecommendationsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <RecommendationList />
    </Suspense>
  );
}

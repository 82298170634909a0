import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Loading } from '@/components/ui/states';
import { RecommendationDashboard } from '@/features/recommendations/dashboard';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

// The filters are read with useSearchParams, which needs a Suspense boundary.
export default function DashboardPage() {
  return (
    <Suspense fallback={<Loading />}>
      <RecommendationDashboard />
    </Suspense>
  );
}

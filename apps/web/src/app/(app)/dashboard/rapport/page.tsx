import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseRecommendationFilterQuery, toRecommendationFilter, type SearchParams } from '@srw/domain';
import { ProgressReport } from '@/features/recommendations/progress-report';
import { addressParams, HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('reportTitle') };
}

// No Suspense boundary around the client part: it suspends for a moment while the server renders it,
// and a boundary would flush its fallback ("Laden…") into the first HTML. The page is dynamic anyway.
export default async function ProgressReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = parseRecommendationFilterQuery(addressParams(await searchParams));
  await prefetch(trpc.recommendations.dashboard.queryOptions(toRecommendationFilter(filters)));
  return (
    <HydrateClient>
      <ProgressReport />
    </HydrateClient>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseRecommendationFilterQuery, toRecommendationFilter, type SearchParams } from '@srw/domain';
import { RecommendationDashboard } from '@/features/recommendations/dashboard';
import { withLensOrganisation } from '@/features/recommendations/recommendation-queries';
import { addressParams, HydrateClient, prefetch, requestLensOrganisation, trpc } from '@/lib/trpc/server';
import { prefetchRecommendationFilters } from '@/features/recommendations/recommendation-prefetch';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

// No Suspense boundary around the client part: it suspends for a moment while the server renders it,
// and a boundary would flush its fallback ("Laden…") into the first HTML. The page is dynamic anyway.
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = addressParams(await searchParams);
  const lens = await requestLensOrganisation(params);
  const filters = withLensOrganisation(parseRecommendationFilterQuery(params), lens?.id ?? null);
  await Promise.all([
    prefetch(trpc.recommendations.dashboard.queryOptions(toRecommendationFilter(filters))),
    prefetchRecommendationFilters(),
  ]);
  return (
    <HydrateClient>
      <RecommendationDashboard />
    </HydrateClient>
  );
}

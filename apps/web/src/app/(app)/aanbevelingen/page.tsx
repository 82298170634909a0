import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseRecommendationListQuery, type SearchParams } from '@srw/domain';
import { RecommendationList } from '@/features/recommendations/recommendation-list';
import { recommendationListInput, withLensOrganisation } from '@/features/recommendations/recommendation-queries';
import { addressParams, HydrateClient, prefetchInfinite, requestLensOrganisation, trpc } from '@/lib/trpc/server';
import { prefetchRecommendationFilters } from '@/features/recommendations/recommendation-prefetch';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('recommendations');
  return { title: t('title') };
}

// No Suspense boundary around the client part: it suspends for a moment while the server renders it,
// and a boundary would flush its fallback ("Laden…") into the first HTML. The page is dynamic anyway.
export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = addressParams(await searchParams);
  const lens = await requestLensOrganisation(params);
  const filters = withLensOrganisation(parseRecommendationListQuery(params), lens?.id ?? null);
  await Promise.all([
    prefetchInfinite(
      trpc.recommendations.list.infiniteQueryOptions(recommendationListInput(filters), {
        getNextPageParam: (last) => last.nextCursor,
      }),
    ),
    prefetchRecommendationFilters(),
  ]);
  return (
    <HydrateClient>
      <RecommendationList />
    </HydrateClient>
  );
}

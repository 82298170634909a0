import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parsePlacementListQuery, type SearchParams } from '@srw/domain';
import { PlacementList } from '@/features/placements/placement-list';
import { placementListInput } from '@/features/placements/placement-queries';
import { addressParams, HydrateClient, prefetchInfinite, requestLensOrganisation, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('placements');
  return { title: t('title') };
}

// No Suspense boundary around the client part: it suspends for a moment while the server renders it,
// and a boundary would flush its fallback ("Laden…") into the first HTML. The page is dynamic anyway.
export default async function PlacementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = addressParams(await searchParams);
  const applied = parsePlacementListQuery(params);
  const lens = applied.organisationId ? null : await requestLensOrganisation(params);
  await prefetchInfinite(
    trpc.placements.list.infiniteQueryOptions(placementListInput(applied, lens?.id ?? null), {
      getNextPageParam: (last) => last.nextCursor,
    }),
  );
  return (
    <HydrateClient>
      <PlacementList />
    </HydrateClient>
  );
}

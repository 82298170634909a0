import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseSearchQueryString, readsEveryGroup, type SearchParams } from '@srw/domain';
import { SearchResults } from '@/features/search/search-results';
import { addressParams, HydrateClient, prefetch, requestUser, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('search');
  return { title: t('title') };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { q, filters } = parseSearchQueryString(addressParams(await searchParams));
  const user = await requestUser();
  await Promise.all([
    q !== '' ? prefetch(trpc.search.query.queryOptions({ q, ...filters })) : null,
    user
      ? prefetch(trpc.workingGroups.list.queryOptions({ scope: readsEveryGroup(user) ? 'all' : 'mine', limit: 100 }))
      : null,
  ]);
  return (
    <HydrateClient>
      <SearchResults />
    </HydrateClient>
  );
}

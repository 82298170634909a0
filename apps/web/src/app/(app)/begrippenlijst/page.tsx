import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseGlossaryListQuery, type SearchParams } from '@srw/domain';
import { GlossaryList } from '@/features/glossary/glossary-list';
import { glossaryListInput } from '@/features/glossary/glossary-queries';
import {
  addressParams,
  HydrateClient,
  prefetch,
  prefetchInfinite,
  requestLensOrganisation,
  trpc,
} from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('glossary');
  return { title: t('title') };
}

export default async function GlossaryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = addressParams(await searchParams);
  const filters = parseGlossaryListQuery(params);
  const lens = await requestLensOrganisation(params);
  await Promise.all([
    prefetchInfinite(
      trpc.glossary.list.infiniteQueryOptions(glossaryListInput(filters, filters.search.trim(), lens?.id ?? null), {
        getNextPageParam: (last) => last.nextCursor,
      }),
    ),
    prefetch(trpc.workingGroups.list.queryOptions({ scope: 'mine', limit: 100 })),
  ]);
  return (
    <HydrateClient>
      <GlossaryList />
    </HydrateClient>
  );
}

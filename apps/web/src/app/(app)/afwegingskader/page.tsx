import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseDecisionFilterQuery } from '@srw/domain';
import { DecisionOverview } from '@/features/decisions/decision-overview';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('decisions');
  return { title: t('title') };
}

export default async function DecisionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseDecisionFilterQuery(await searchParams);
  await Promise.all([
    prefetch(trpc.decisions.overview.queryOptions(filters)),
    prefetch(trpc.decisions.legalBases.list.queryOptions()),
    prefetch(trpc.reference.cooperationLevels.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <DecisionOverview initialFilters={filters} />
    </HydrateClient>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseDecisionFilterQuery } from '@srw/domain';
import { DecisionOverview } from '@/features/decisions/decision-overview';

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
  return <DecisionOverview initialFilters={filters} />;
}

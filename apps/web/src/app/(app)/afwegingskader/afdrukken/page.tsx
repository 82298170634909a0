import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseDecisionFilterQuery } from '@srw/domain';
import { PrintableFramework } from '@/features/decisions/printable-framework';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('decisions.print');
  return { title: t('title') };
}

export default async function PrintFrameworkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseDecisionFilterQuery(await searchParams);
  await Promise.all([
    prefetch(trpc.decisions.printable.queryOptions(filters)),
    prefetch(trpc.decisions.legalBases.list.queryOptions()),
    prefetch(trpc.reference.cooperationLevels.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PrintableFramework filters={filters} />
    </HydrateClient>
  );
}

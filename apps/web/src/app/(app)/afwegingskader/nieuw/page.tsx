import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { uuidSchema } from '@srw/domain';
import { PageHeader } from '@/components/ui/page-header';
import { CreateDecisionForm } from '@/features/decisions/decision-form';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('decisions.form');
  return { title: t('createTitle') };
}

function uuidOrNull(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && uuidSchema.safeParse(value).success ? value : null;
}

export default async function NewDecisionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const initialGroupId = uuidOrNull(params.werkgroep);
  const supersedesId = uuidOrNull(params.vervangt);
  // The form waits for the person's groups; a chosen group and the decision it replaces come with it.
  await Promise.all([
    prefetch(trpc.workingGroups.list.queryOptions({ scope: 'mine', limit: 100 })),
    initialGroupId ? prefetch(trpc.workingGroups.get.queryOptions({ id: initialGroupId })) : null,
    supersedesId ? prefetch(trpc.decisions.get.queryOptions({ id: supersedesId })) : null,
    prefetch(trpc.reference.cooperationLevels.queryOptions()),
    prefetch(trpc.decisions.legalBases.list.queryOptions()),
    prefetch(trpc.decisions.referenceConditions.queryOptions()),
  ]);
  const t = await getTranslations('decisions.form');
  return (
    <HydrateClient>
      <PageHeader title={t('createTitle')} />
      <CreateDecisionForm initialGroupId={initialGroupId} supersedesId={supersedesId} />
    </HydrateClient>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { PageHeader } from '@/components/ui/page-header';
import { EditDecisionForm } from '@/features/decisions/decision-form';
import { fetchOrNull, HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('decisions.form');
  return { title: t('editTitle') };
}

export default async function EditDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const [decision] = await Promise.all([
    fetchOrNull(trpc.decisions.get.queryOptions({ id })),
    prefetch(trpc.reference.cooperationLevels.queryOptions()),
    prefetch(trpc.decisions.legalBases.list.queryOptions()),
    prefetch(trpc.decisions.referenceConditions.queryOptions()),
  ]);
  if (decision) await prefetch(trpc.workingGroups.get.queryOptions({ id: decision.group.id }));
  const t = await getTranslations('decisions.form');
  return (
    <HydrateClient>
      <PageHeader title={t('editTitle')} />
      <EditDecisionForm id={id} />
    </HydrateClient>
  );
}

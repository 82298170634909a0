import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { PageHeader } from '@/components/ui/page-header';
import { CreateExerciseForm } from '@/features/scenarios/exercise-form';
import { fetchOrNull, HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios.exerciseCreate');
  return { title: t('title') };
}

export default async function NewExercisePage({ searchParams }: { searchParams: Promise<{ scenario?: string }> }) {
  const { scenario } = await searchParams;
  if (!scenario || !uuidSchema.safeParse(scenario).success) notFound();
  // The form waits for the scenario, then lists its group's members.
  const found = await fetchOrNull(trpc.scenarios.get.queryOptions({ id: scenario }));
  if (found) await prefetch(trpc.memberships.list.queryOptions({ groupId: found.groupId, limit: 100 }));
  const t = await getTranslations('scenarios.exerciseCreate');
  return (
    <HydrateClient>
      <PageHeader title={t('title')} />
      <CreateExerciseForm scenarioId={scenario} />
    </HydrateClient>
  );
}

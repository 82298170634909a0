import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { PageHeader } from '@/components/ui/page-header';
import { CreateExerciseForm } from '@/features/scenarios/exercise-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios.exerciseCreate');
  return { title: t('title') };
}

export default async function NewExercisePage({ searchParams }: { searchParams: Promise<{ scenario?: string }> }) {
  const { scenario } = await searchParams;
  if (!scenario || !uuidSchema.safeParse(scenario).success) notFound();
  const t = await getTranslations('scenarios.exerciseCreate');
  return (
    <>
      <PageHeader title={t('title')} />
      <CreateExerciseForm scenarioId={scenario} />
    </>
  );
}

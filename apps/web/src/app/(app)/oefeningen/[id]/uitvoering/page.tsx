import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { ExerciseConduct } from '@/features/scenarios/exercise-conduct';
import { prefetchExercise } from '@/features/scenarios/scenario-prefetch';
import { HydrateClient } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios.conduct');
  return { title: t('pageTitle') };
}

export default async function ExerciseConductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await prefetchExercise(id);
  return (
    <HydrateClient>
      <ExerciseConduct id={id} />
    </HydrateClient>
  );
}

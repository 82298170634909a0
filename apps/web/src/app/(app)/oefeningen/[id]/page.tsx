import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { ExerciseDetail } from '@/features/scenarios/exercise-detail';
import { prefetchExercise } from '@/features/scenarios/scenario-prefetch';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export default async function ExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await Promise.all([prefetchExercise(id), prefetch(trpc.decisions.testedIn.queryOptions({ exerciseId: id }))]);
  return (
    <HydrateClient>
      <ExerciseDetail id={id} />
    </HydrateClient>
  );
}

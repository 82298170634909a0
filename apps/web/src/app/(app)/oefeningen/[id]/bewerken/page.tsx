import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { EditExercisePage } from '@/features/scenarios/exercise-detail';
import { prefetchExercise } from '@/features/scenarios/scenario-prefetch';
import { HydrateClient } from '@/lib/trpc/server';

export default async function EditExerciseRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await prefetchExercise(id);
  return (
    <HydrateClient>
      <EditExercisePage id={id} />
    </HydrateClient>
  );
}

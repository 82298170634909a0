import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { ExerciseDetail } from '@/features/scenarios/exercise-detail';

export default async function ExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <ExerciseDetail id={id} />;
}

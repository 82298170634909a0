import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { EditExercisePage } from '@/features/scenarios/exercise-detail';

export default async function EditExerciseRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <EditExercisePage id={id} />;
}

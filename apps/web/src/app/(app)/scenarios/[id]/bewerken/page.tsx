import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { EditScenarioPage } from '@/features/scenarios/scenario-detail';

export default async function EditScenarioRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <EditScenarioPage id={id} />;
}

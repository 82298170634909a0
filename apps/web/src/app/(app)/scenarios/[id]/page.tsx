import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { ScenarioDetail } from '@/features/scenarios/scenario-detail';

export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <ScenarioDetail id={id} />;
}

import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { WorkingGroupDetail } from '@/features/working-groups/working-group-detail';

export default async function WorkingGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <WorkingGroupDetail id={id} />;
}

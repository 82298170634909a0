import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { PlacementDetail } from '@/features/placements/placement-detail';

export default async function PlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <PlacementDetail id={id} />;
}

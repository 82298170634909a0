import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { RecommendationDetail } from '@/features/recommendations/recommendation-detail';

export default async function RecommendationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <RecommendationDetail id={id} />;
}

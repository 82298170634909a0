import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { AssessmentOverview } from '@/features/assessments/assessment-overview';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('assessments');
  return { title: t('title') };
}

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <AssessmentOverview groupId={id} />;
}

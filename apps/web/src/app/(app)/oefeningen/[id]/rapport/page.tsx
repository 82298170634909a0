import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { ExerciseReport } from '@/features/scenarios/exercise-report';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios.report');
  return { title: t('pageTitle') };
}

export default async function ExerciseReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <ExerciseReport id={id} />;
}

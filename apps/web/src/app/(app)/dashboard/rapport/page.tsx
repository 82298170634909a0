import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { ProgressReport } from '@/features/recommendations/progress-report';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('reportTitle') };
}

export default function ProgressReportPage() {
  return (
    <Suspense>
      <ProgressReport />
    </Suspense>
  );
}

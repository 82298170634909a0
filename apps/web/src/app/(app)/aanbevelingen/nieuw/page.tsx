import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { CreateRecommendationForm } from '@/features/recommendations/recommendation-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('recommendations.create');
  return { title: t('title') };
}

export default async function NewRecommendationPage() {
  const t = await getTranslations('recommendations.create');
  return (
    <>
      <PageHeader title={t('title')} />
      <CreateRecommendationForm />
    </>
  );
}

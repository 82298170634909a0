import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { ProposePlacementForm } from '@/features/placements/placement-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('placements.create');
  return { title: t('title') };
}

export default async function NewPlacementPage() {
  const t = await getTranslations('placements.create');
  return (
    <>
      <PageHeader title={t('title')} />
      <ProposePlacementForm />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { CreateGlossaryTermForm } from '@/features/glossary/glossary-term-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('glossary.create');
  return { title: t('title') };
}

export default async function NewGlossaryTermPage() {
  const t = await getTranslations('glossary.create');
  return (
    <>
      <PageHeader title={t('title')} />
      <CreateGlossaryTermForm />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { GlossaryImport } from '@/features/glossary/glossary-import';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('glossary.importPage');
  return { title: t('title') };
}

export default async function GlossaryImportPage() {
  const t = await getTranslations('glossary.importPage');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <GlossaryImport />
    </>
  );
}

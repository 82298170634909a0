import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GlossaryList } from '@/features/glossary/glossary-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('glossary');
  return { title: t('title') };
}

export default function GlossaryPage() {
  return <GlossaryList />;
}

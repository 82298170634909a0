import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchResults } from '@/features/search/search-results';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('search');
  return { title: t('title') };
}

export default function SearchPage() {
  return <SearchResults />;
}

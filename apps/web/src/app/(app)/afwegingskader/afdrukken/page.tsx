import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { parseDecisionFilterQuery } from '@srw/domain';
import { PrintableFramework } from '@/features/decisions/printable-framework';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('decisions.print');
  return { title: t('title') };
}

export default async function PrintFrameworkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <PrintableFramework filters={parseDecisionFilterQuery(await searchParams)} />;
}

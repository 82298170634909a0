import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { canMaintainLegalBases } from '@srw/domain';
import { LegalBasisAdmin } from '@/features/decisions/legal-basis-admin';
import { HydrateClient, prefetch, requestUser, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('decisions.legalBases');
  return { title: t('title') };
}

export default async function LegalBasesPage() {
  const user = await requestUser();
  if (!user || !canMaintainLegalBases(user)) notFound();
  await Promise.all([
    prefetch(trpc.decisions.legalBases.list.queryOptions()),
    prefetch(trpc.backup.status.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <LegalBasisAdmin />
    </HydrateClient>
  );
}

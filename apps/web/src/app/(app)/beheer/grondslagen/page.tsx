import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getSessionUser } from '@srw/api/server';
import { canMaintainLegalBases } from '@srw/domain';
import { LegalBasisAdmin } from '@/features/decisions/legal-basis-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('decisions.legalBases');
  return { title: t('title') };
}

export default async function LegalBasesPage() {
  const user = await getSessionUser(new Headers(await headers()));
  if (!user || !canMaintainLegalBases(user)) notFound();
  return <LegalBasisAdmin />;
}

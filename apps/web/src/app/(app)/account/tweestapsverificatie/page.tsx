import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { TwoFactorSettings } from '@/features/account/two-factor-settings';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mfa');
  return { title: t('title') };
}

export default async function TwoFactorPage() {
  const t = await getTranslations('mfa');
  return (
    <>
      <PageHeader title={t('title')} />
      <TwoFactorSettings continueTo="/account/tweestapsverificatie" />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { serverConfig } from '@srw/api/server';
import { MySessions } from '@/features/account/my-sessions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sessions');
  return { title: t('title') };
}

export default function MySessionsPage() {
  return <MySessions policy={serverConfig().sessionPolicy} />;
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InboxPage } from '@/features/inbox/inbox-page';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('inbox');
  return { title: t('title') };
}

export default async function VoorMijPage() {
  await Promise.all([
    prefetch(trpc.inbox.list.queryOptions()),
    prefetch(trpc.inbox.notifications.queryOptions({ unreadOnly: false })),
    prefetch(trpc.inbox.mailPreference.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <InboxPage />
    </HydrateClient>
  );
}

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { lensCookieName } from '@srw/domain';
import { AppShell } from '@/components/shell/app-shell';
import { ClientMessages } from '@/i18n/client-messages';
import { LiveUpdatesProvider } from '@/lib/live/live-updates';
import { RememberedLensProvider } from '@/lib/remembered-lens';
import { HydrateClient, prefetch, requestSession, trpc } from '@/lib/trpc/server';

// Every page behind sign-in reads the session and the database per request.
export const dynamic = 'force-dynamic';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await requestSession();
  if (!session) redirect('/inloggen');
  // Issue 13: a session that still owes its second factor gets only that step.
  if (session.mfa !== 'ok') redirect('/tweestapsverificatie');
  const user = session.user;
  const rememberedLens = (await cookies()).get(lensCookieName(user.userId))?.value ?? '';
  // The shell's own queries (the inbox count, the lens switch's organisations) arrive with the page.
  await Promise.all([prefetch(trpc.inbox.count.queryOptions()), prefetch(trpc.organisations.list.queryOptions())]);
  // The shell's messages; each area's layout gives its pages' client components theirs.
  return (
    <ClientMessages namespaces={['app', 'nav', 'shell', 'lens', 'roles', 'inbox', 'search.header', 'admin.backup']}>
      <RememberedLensProvider value={rememberedLens}>
        <HydrateClient>
          <LiveUpdatesProvider>
            <AppShell user={user}>{children}</AppShell>
          </LiveUpdatesProvider>
        </HydrateClient>
      </RememberedLensProvider>
    </ClientMessages>
  );
}

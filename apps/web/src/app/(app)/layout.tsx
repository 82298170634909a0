import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getSessionUser } from '@srw/api/server';
import { AppShell } from '@/components/shell/app-shell';
import { LiveUpdatesProvider } from '@/lib/live/live-updates';

// Every page behind sign-in reads the session and the database per request.
export const dynamic = 'force-dynamic';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser(new Headers(await headers()));
  if (!user) redirect('/inloggen');
  return (
    <LiveUpdatesProvider>
      <AppShell user={user}>{children}</AppShell>
    </LiveUpdatesProvider>
  );
}

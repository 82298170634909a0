import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getSessionState } from '@srw/api/server';
import { AppShell } from '@/components/shell/app-shell';
import { LiveUpdatesProvider } from '@/lib/live/live-updates';

// Every page behind sign-in reads the session and the database per request.
export const dynamic = 'force-dynamic';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await getSessionState(new Headers(await headers()));
  if (!session) redirect('/inloggen');
  // Issue 13: a session that still owes its second factor gets only that step.
  if (session.mfa !== 'ok') redirect('/tweestapsverificatie');
  const user = session.user;
  return (
    <LiveUpdatesProvider>
      <AppShell user={user}>{children}</AppShell>
    </LiveUpdatesProvider>
  );
}

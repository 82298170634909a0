import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The second-factor step's client components get only the messages they read (issue 19). */
export default function SecondFactorLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={['actions', 'auth', 'errors', 'mfa', 'shell', 'states', 'validation']}>
      {children}
    </ClientMessages>
  );
}

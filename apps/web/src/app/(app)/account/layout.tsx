import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The account pages' client components get only the messages they read (issue 19). */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={['actions', 'auth', 'errors', 'validation', 'sessions', 'mfa', 'states']}>
      {children}
    </ClientMessages>
  );
}

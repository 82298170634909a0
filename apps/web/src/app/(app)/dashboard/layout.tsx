import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The dashboard's client components get only the messages they read (issue 19). */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={['classification', 'dashboard', 'lens', 'print', 'recommendations', 'states']}>
      {children}
    </ClientMessages>
  );
}

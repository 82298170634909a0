import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The inbox's client components get only the messages they read (issue 19). */
export default function InboxLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['inbox', 'states', 'workingGroups.audit']}>{children}</ClientMessages>;
}

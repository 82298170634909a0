import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The admin pages' client components get only the messages they read (issue 19). */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        'actions',
        'admin',
        'classification',
        'roles',
        'states',
        'errors',
        'validation',
        'workingGroups.audit',
        'workingGroups.status',
        'workingGroups.membersTable',
        'inbox.mailAdmin',
        'decisions.legalBases',
      ]}
    >
      {children}
    </ClientMessages>
  );
}

import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The working groups' client components get only the messages they read (issue 19). */
export default function WorkingGroupsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        'actions',
        'admin.audit',
        'assessments',
        'classification',
        'errors',
        'validation',
        'live',
        'notFound',
        'recommendations',
        'roles',
        'states',
        'workingGroups',
      ]}
    >
      {children}
    </ClientMessages>
  );
}

import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The search page's client components get only the messages they read (issue 19). */
export default function SearchLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        'search',
        'states',
        'decisions.status',
        'glossary.status',
        'placements.status',
        'recommendations.status',
        'scenarios.exerciseStatus',
        'scenarios.status',
        'workingGroups.status',
      ]}
    >
      {children}
    </ClientMessages>
  );
}

import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The scenarios' client components get only the messages they read (issue 19). */
export default function ScenariosLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        'actions',
        'classification',
        'decisions',
        'errors',
        'validation',
        'glossary.text',
        'live',
        'notFound',
        'scenarios',
        'states',
      ]}
    >
      {children}
    </ClientMessages>
  );
}

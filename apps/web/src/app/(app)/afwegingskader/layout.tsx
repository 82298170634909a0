import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The decision framework's client components get only the messages they read (issue 19). */
export default function DecisionsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        'actions',
        'classification',
        'decisions',
        'errors',
        'validation',
        'live',
        'notFound',
        'states',
        'recommendations',
        'glossary.text',
        'print',
      ]}
    >
      {children}
    </ClientMessages>
  );
}

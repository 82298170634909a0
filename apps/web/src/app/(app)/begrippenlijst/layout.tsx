import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The glossary's client components get only the messages they read (issue 19). */
export default function GlossaryLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        'actions',
        'classification',
        'errors',
        'validation',
        'glossary',
        'lens',
        'live',
        'notFound',
        'states',
      ]}
    >
      {children}
    </ClientMessages>
  );
}

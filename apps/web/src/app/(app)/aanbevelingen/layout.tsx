import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The recommendation pages' client components get only the messages they read (issue 19). */
export default function RecommendationsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        'actions',
        'classification',
        'errors',
        'validation',
        'live',
        'notFound',
        'recommendations',
        'states',
        'lens',
      ]}
    >
      {children}
    </ClientMessages>
  );
}

import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The liaison placements' client components get only the messages they read (issue 19). */
export default function PlacementsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        'actions',
        'classification',
        'errors',
        'validation',
        'live',
        'notFound',
        'placements',
        'recommendations',
        'states',
      ]}
    >
      {children}
    </ClientMessages>
  );
}

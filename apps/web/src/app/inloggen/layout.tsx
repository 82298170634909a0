import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';

/** The sign-in page's client components get only the messages they read (issue 19). */
export default function SignInLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['actions', 'auth', 'errors', 'validation', 'shell']}>{children}</ClientMessages>;
}

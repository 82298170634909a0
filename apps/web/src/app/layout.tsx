import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';
import { TRPCReactProvider } from '@/lib/trpc/client';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Samenwerkingsruimte', template: '%s · Samenwerkingsruimte' },
  description: 'Werkruimte voor gezamenlijke werkgroepen van Defensie en Politie',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        {/* What app/error.tsx reads; each route segment's layout gives its own client components theirs. */}
        <ClientMessages namespaces={['errorPage', 'states']}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </ClientMessages>
      </body>
    </html>
  );
}

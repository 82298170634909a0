import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTimeZone } from 'next-intl/server';
import type { ReactNode } from 'react';
import { TRPCReactProvider } from '@/lib/trpc/client';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Samenwerkingsruimte', template: '%s · Samenwerkingsruimte' },
  description: 'Werkruimte voor gezamenlijke werkgroepen van Defensie en Politie',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

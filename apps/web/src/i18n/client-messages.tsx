import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickMessages, type MessagePath } from './pick-messages';

/**
 * Hands the client components below it only the messages they use, so a page's
 * HTML does not carry every text of the application. A route segment (a layout,
 * or a page without one) wraps its whole output in one of these and lists the
 * namespaces its client components read; a nested provider replaces the
 * messages of the one above it, it does not add to them.
 * `client-messages.test.ts` fails when a client component reads a namespace
 * that its route does not list.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly MessagePath[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}

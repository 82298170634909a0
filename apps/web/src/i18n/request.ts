import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, messages, TIME_ZONE, toLocale } from './messages';

// Dutch by default; the language switch stores the choice in a cookie.
export default getRequestConfig(async () => {
  const store = await cookies();
  const locale = toLocale(store.get(LOCALE_COOKIE)?.value);
  return { locale, messages: messages[locale], timeZone: TIME_ZONE };
});

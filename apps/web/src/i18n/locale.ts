/**
 * The languages and the cookie that holds the choice: small enough for client
 * code. Client components import this, never `./messages` (which holds every
 * message of both languages and would put them all in the browser bundle).
 */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const TIME_ZONE = 'Europe/Amsterdam';

export function toLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : 'nl';
}

'use client';

import { useLocale } from 'next-intl';

/** Reference data (Triad conditions, levels) carries a Dutch and an English label: pick the UI language's. */
export function useLocalisedLabel(): (node: { labelNl: string; labelEn: string }) => string {
  const locale = useLocale();
  return (node) => (locale === 'en' ? node.labelEn : node.labelNl);
}

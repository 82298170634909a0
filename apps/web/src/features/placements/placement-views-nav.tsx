'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';

const views = [
  { key: 'list', href: '/liaisons' },
  { key: 'timeline', href: '/liaisons/tijdlijn' },
  { key: 'coverage', href: '/liaisons/dekking' },
] as const;

/** Switches between the list, the timeline and the coverage view. */
export function PlacementViewsNav({ current }: { current: (typeof views)[number]['key'] }) {
  const t = useTranslations('placements.views');
  return (
    <nav aria-label={t('label')} className="mb-4">
      <ul className="inline-flex rounded border border-slate-300 bg-white p-0.5">
        {views.map((view) => (
          <li key={view.key}>
            <Link
              href={view.href}
              aria-current={view.key === current ? 'page' : undefined}
              className={`block rounded px-3 py-1.5 text-sm font-medium ${view.key === current ? 'bg-brand-700 text-white' : 'text-slate-700 hover:bg-brand-50'}`}
            >
              {t(view.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';

/** Switches between the scenarios list and the exercise calendar. */
export function ScenariosTabs({ current }: { current: 'scenarios' | 'calendar' }) {
  const t = useTranslations('scenarios.tabs');
  const tabs = [
    { key: 'scenarios', href: '/scenarios', label: t('scenarios') },
    { key: 'calendar', href: '/oefeningen', label: t('calendar') },
  ] as const;
  return (
    <nav aria-label={t('label')} className="no-print mb-5 flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={current === tab.key ? 'page' : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
            current === tab.key
              ? 'border-brand-700 text-brand-800'
              : 'border-transparent text-slate-700 hover:text-brand-700'
          }`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

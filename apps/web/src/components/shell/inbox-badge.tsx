'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { useTRPC } from '@/lib/trpc/client';

/**
 * The header's count of what waits for the signed-in person: refreshed on every
 * page change and, through the live stream, whenever a record changes.
 */
export function InboxBadge() {
  const t = useTranslations('inbox');
  const trpc = useTRPC();
  const pathname = usePathname();
  const count = useQuery(trpc.inbox.count.queryOptions());
  const { refetch } = count;
  useEffect(() => {
    void refetch();
  }, [pathname, refetch]);
  const n = count.data?.count ?? 0;
  return (
    <Link
      href="/voor-mij"
      className="inline-flex items-center gap-1.5 rounded px-2 py-1 font-medium hover:bg-brand-800"
      aria-label={t('badge', { count: n })}
      data-testid="inbox-badge"
    >
      {t('title')}
      <span
        className={`min-w-6 rounded-full px-1.5 text-center text-xs font-semibold ${n > 0 ? 'bg-amber-300 text-slate-900' : 'bg-brand-800 text-brand-100'}`}
        data-testid="inbox-count"
      >
        {count.data ? n : '…'}
      </span>
    </Link>
  );
}

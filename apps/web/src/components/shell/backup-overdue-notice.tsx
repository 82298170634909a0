'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/lib/trpc/client';

/** On the admin area's pages: a reminder when the last backup is seven days old or there is none. */
export function BackupOverdueNotice() {
  const t = useTranslations('admin.backup');
  const trpc = useTRPC();
  const status = useQuery(trpc.backup.status.queryOptions());
  if (!status.data?.overdue) return null;
  return (
    <div
      className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900"
      data-testid="backup-overdue"
    >
      {t('overdue', { days: status.data.overdueAfterDays })}{' '}
      <Link href="/beheer/back-up" className="font-medium underline">
        {t('goToBackup')}
      </Link>
    </div>
  );
}

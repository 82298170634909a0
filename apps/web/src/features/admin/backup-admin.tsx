'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { PageHeader, Section } from '@/components/ui/page-header';
import { LoadError, Loading, Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

const BACKUP_URL = '/api/beheer/backup';

function fileNameOf(response: Response): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return disposition.match(/filename="([^"]+)"/)?.[1] ?? 'samenwerkingsruimte.srwbackup.gz';
}

/** Hands a downloaded file to the browser's own save dialog / downloads folder. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupAdmin() {
  const t = useTranslations('admin.backup');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.backup.status.queryOptions());
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setFailed(false);
    setSaved(null);
    try {
      const response = await fetch(BACKUP_URL, { cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      const name = fileNameOf(response);
      saveFile(await response.blob(), name);
      setSaved(name);
      await queryClient.invalidateQueries({ queryKey: trpc.backup.status.queryKey() });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const last = status.data?.lastBackup ?? null;
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Section id="backup" title={t('lastTitle')}>
        {status.isPending ? (
          <Loading />
        ) : status.isError ? (
          <LoadError onRetry={() => status.refetch()} />
        ) : (
          <div className="space-y-4">
            {status.data.overdue ? (
              <div
                className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900"
                data-testid="backup-overdue"
              >
                {t('overdue', { days: status.data.overdueAfterDays })}
              </div>
            ) : null}
            <p data-testid="backup-last">
              {last
                ? t('last', {
                    when: format.dateTime(new Date(last.takenAt), { dateStyle: 'long', timeStyle: 'short' }),
                    size: format.number(last.sizeBytes / 1024, { maximumFractionDigits: 1 }),
                    how: t.has(`methods.${last.method}`) ? t(`methods.${last.method}`) : last.method,
                    by: last.takenByName ?? t('system'),
                  })
                : t('never')}
            </p>
            {status.data.permissions.download ? (
              <div className="flex flex-wrap items-center gap-3">
                <Button onClick={download} disabled={busy} aria-busy={busy}>
                  {busy ? t('downloading') : t('download')}
                </Button>
              </div>
            ) : null}
            {saved ? <Notice>{t('saved', { file: saved })}</Notice> : null}
            {failed ? <LoadError message={t('failed')} /> : null}
          </div>
        )}
      </Section>
      <Section id="restore" title={t('restoreTitle')}>
        <div className="space-y-2 text-slate-700">
          <p>{t('restoreIntro')}</p>
          <pre className="overflow-x-auto rounded bg-slate-100 px-3 py-2 text-sm">
            npm run db:restore -- &lt;bestand&gt;
          </pre>
          <p>{t('restoreMore')}</p>
        </div>
      </Section>
    </>
  );
}

'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/lib/trpc/client';

type Format = 'turtle' | 'jsonld' | 'csv' | 'xlsx';

/** Downloads the glossary (as far as the user may read it) in one of the export formats. */
export function GlossaryExportButtons() {
  const t = useTranslations('glossary.export');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);

  const download = async (format: Format) => {
    setBusy(format);
    setFailed(false);
    try {
      const file = await queryClient.fetchQuery(
        trpc.glossary.export.queryOptions({ format, includeRetired: true }, { staleTime: 0 }),
      );
      const body =
        file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0)) : file.content;
      const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = file.filename;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      URL.revokeObjectURL(url);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div role="group" aria-label={t('title')} className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium text-slate-700">{t('title')}:</span>
      {(['turtle', 'jsonld', 'csv', 'xlsx'] as const).map((format) => (
        <Button key={format} variant="secondary" size="sm" disabled={busy !== null} onClick={() => download(format)}>
          {busy === format ? t('busy') : t(format)}
        </Button>
      ))}
      {failed ? (
        <span role="alert" className="text-sm text-red-700">
          {t('failed')}
        </span>
      ) : null}
    </div>
  );
}

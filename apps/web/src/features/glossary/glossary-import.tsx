'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { SelectField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { useContributableGroups } from './glossary-list';

/** `stopped`: the check found errors, so the import goes no further (and says so, rather than halting the bar). */
type Stage = 'idle' | 'reading' | 'checking' | 'checked' | 'stopped' | 'importing' | 'done';

const progressOf: Record<Exclude<Stage, 'stopped'>, number> = {
  idle: 0,
  reading: 20,
  checking: 50,
  checked: 60,
  importing: 85,
  done: 100,
};

/**
 * CSV import: read the file, check it on the server (dry run, per-row errors),
 * then import everything in one transaction — or nothing.
 */
export function GlossaryImport() {
  const t = useTranslations('glossary');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const groups = useContributableGroups();
  const [groupId, setGroupId] = useState('');
  const [csv, setCsv] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>('idle');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const run = useMutation(trpc.glossary.importCsv.mutationOptions({ onError: (e) => setError(readError(e)) }));
  const report = run.data;

  const check = async (text: string, group: string) => {
    setError(null);
    setStage('checking');
    try {
      const checked = await run.mutateAsync({ maintainingGroupId: group, csv: text, dryRun: true });
      setStage(checked.valid ? 'checked' : 'stopped');
    } catch {
      setStage('idle');
    }
  };

  const commit = async () => {
    if (!csv) return;
    setStage('importing');
    try {
      const result = await run.mutateAsync({ maintainingGroupId: groupId, csv, dryRun: false });
      setStage(result.imported > 0 ? 'done' : 'checked');
      await queryClient.invalidateQueries({ queryKey: trpc.glossary.pathKey() });
    } catch {
      setStage('checked');
    }
  };

  if (groups.length === 0) return <Notice tone="info">{t('field.noGroups')}</Notice>;
  const invalidRows = report?.rows.filter((r) => r.errors.length > 0).length ?? 0;

  return (
    <div className="max-w-4xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm">
      <FormAlert error={error} />
      <SelectField
        label={t('field.maintainingGroup')}
        hint={t('field.maintainingGroupHint')}
        required
        placeholder={t('field.maintainingGroupPlaceholder')}
        options={groups.map((g) => ({ value: g.id, label: g.name }))}
        value={groupId}
        onChange={(e) => {
          setGroupId(e.target.value);
          run.reset();
          setStage('idle');
          if (csv && e.target.value) void check(csv, e.target.value);
        }}
      />
      <div className="space-y-1">
        <label htmlFor="glossary-csv-file" className="block text-sm font-medium text-slate-800">
          {t('importPage.file')}
        </label>
        <input
          id="glossary-csv-file"
          type="file"
          accept=".csv,text/csv"
          className="block text-sm"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            run.reset();
            if (!file) return;
            setStage('reading');
            const text = await file.text();
            setCsv(text);
            if (groupId) await check(text, groupId);
            else setStage('idle');
          }}
        />
      </div>
      {stage === 'stopped' ? (
        <p role="status" className="text-sm font-medium text-red-800">
          {t('importPage.stopped')}
        </p>
      ) : null}
      {stage !== 'idle' && stage !== 'stopped' ? (
        <div>
          <label htmlFor="glossary-import-progress" className="block text-sm text-slate-700">
            {t('importPage.progress')}:{' '}
            {stage === 'checking' || stage === 'reading'
              ? t('importPage.checking')
              : stage === 'importing'
                ? t('importPage.importing')
                : stage === 'checked'
                  ? t('importPage.checked')
                  : null}
          </label>
          <progress id="glossary-import-progress" className="h-2 w-full" max={100} value={progressOf[stage]} />
        </div>
      ) : null}
      {report ? (
        <>
          {report.fileErrors.length > 0 ? (
            <div role="alert" className="rounded border border-red-200 bg-red-50 px-4 py-3 text-red-800">
              <p>{t('importPage.fileErrors')}</p>
              <ul className="list-disc pl-5">
                {report.fileErrors.map((problem, i) => (
                  <li key={i}>{t(`importPage.problems.${problem.code}`, problem.params)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {invalidRows > 0 ? (
            <div role="alert" className="rounded border border-red-200 bg-red-50 px-4 py-3 text-red-800">
              {t('importPage.rowErrors', { count: invalidRows })}
            </div>
          ) : null}
          {stage === 'done' ? <Notice>{t('importPage.done', { count: report.imported })}</Notice> : null}
          {report.rows.length > 0 ? (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('importPage.title')}</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t('importPage.line')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('importPage.term')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('importPage.result')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">{row.line}</td>
                    <td className="py-2 pr-3 font-medium">{row.prefLabel || '—'}</td>
                    <td className="py-2">
                      {row.errors.length === 0 ? (
                        <span className="text-green-800">✓ {t('importPage.ok')}</span>
                      ) : (
                        <ul className="text-red-800">
                          {row.errors.map((e, i) => (
                            <li key={i}>
                              {e.column ? <span className="font-mono text-xs">{e.column}: </span> : null}
                              {t(`importPage.problems.${e.code}`, e.params)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {report.valid && stage === 'checked' ? (
            <Button onClick={commit} disabled={run.isPending}>
              {t('importPage.submit', { count: report.rows.length })}
            </Button>
          ) : null}
          {stage === 'done' ? (
            <Link href="/begrippenlijst" className="text-brand-700 underline">
              {t('title')}
            </Link>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { formatOffset, sortInjects, todayInNetherlands, type InjectOrder } from '@srw/domain';
import { PrintDocument } from '@/components/print/print-document';
import { Button, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useExercise } from './exercise-detail';
import { PlannedClock } from './inject-clock';
import { useNotFoundAware } from './scenario-detail';
import type { ExerciseView } from './types';

const cell = 'border border-slate-400 p-2 text-left align-top';

/** The exercise for a printable, or the loading / error state to show instead. */
function useExerciseForPrint(id: string) {
  const t = useTranslations();
  const query = useExercise(id);
  const notFound = useNotFoundAware(query.error);
  if (query.isPending) return { fallback: <Loading />, exercise: null };
  if (query.isError)
    return {
      fallback: (
        <LoadError
          message={notFound ? t('notFound.body') : undefined}
          onRetry={notFound ? undefined : () => query.refetch()}
        />
      ),
      exercise: null,
    };
  return { fallback: null, exercise: query.data };
}

type CardLayout = 'one' | 'four';

/** Per page one card, or four on an A4 (two by two), each card kept whole. */
const cardsCss = `
@media print {
  .inject-cards-one .inject-card { break-after: page; min-height: 220mm; }
  .inject-cards-one .inject-card:last-child { break-after: auto; }
  .inject-cards-four { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
  .inject-cards-four .inject-card { height: 112mm; overflow: hidden; }
}`;

function InjectCard({
  exercise,
  inject,
  number,
}: {
  exercise: ExerciseView;
  inject: ExerciseView['injects'][number];
  number: number;
}) {
  const t = useTranslations('scenarios');
  return (
    <article
      className="inject-card print-item rounded border-2 border-slate-800 bg-white p-4"
      data-testid="inject-card"
    >
      <header className="flex items-baseline justify-between gap-3 border-b border-slate-400 pb-2">
        <h2 className="text-xl font-bold">{t('conduct.injectNumber', { number })}</h2>
        <p className="font-mono text-lg">
          {formatOffset(inject.offsetMinutes)} ·{' '}
          <PlannedClock startsAt={exercise.startsAt} plannedAt={inject.plannedAt} />
        </p>
      </header>
      <p className="mt-2 font-medium">
        {inject.fromParty} → {inject.toParty}
      </p>
      <h3 className="mt-3 text-sm font-semibold text-slate-700">{t('injects.message')}</h3>
      <p className="whitespace-pre-wrap">{inject.message}</p>
      <h3 className="mt-3 text-sm font-semibold text-slate-700">{t('injects.expectedAction')}</h3>
      <p className="whitespace-pre-wrap">{inject.expectedAction || '–'}</p>
      <h3 className="mt-3 text-sm font-semibold text-slate-700">{t('injects.legalBasis')}</h3>
      <p>{inject.legalBasisCode ? `${inject.legalBasisCode} – ${inject.legalBasisTitle ?? ''}` : '–'}</p>
      <p className="mt-3 text-xs text-slate-600">{exercise.title}</p>
    </article>
  );
}

/** Inject cards to hand to role players: one per page or four per A4. */
export function InjectCards({ id }: { id: string }) {
  const t = useTranslations('scenarios');
  const actions = useTranslations('actions');
  const [layout, setLayout] = useState<CardLayout>('four');
  const { fallback, exercise } = useExerciseForPrint(id);
  if (!exercise) return fallback;
  const numberOf = (injectId: string) => exercise.injects.findIndex((i) => i.id === injectId) + 1;
  const injects = sortInjects(exercise.injects, 'time');
  return (
    <PrintDocument marking={exercise.marking} printedOn={todayInNetherlands()} filters={null}>
      <style>{cardsCss}</style>
      <div className="space-y-4 bg-white p-6 print:p-0">
        <div className="no-print">
          <PageHeader
            title={t('printables.cardsHeading', { title: exercise.title })}
            intro={t('printables.cardsIntro')}
            actions={
              <>
                <Link href={`/oefeningen/${exercise.id}`} className={buttonClass('secondary')}>
                  {actions('back')}
                </Link>
                <Button onClick={() => window.print()}>{t('report.print')}</Button>
              </>
            }
          />
          <fieldset className="flex flex-wrap gap-4">
            <legend className="text-sm font-medium text-slate-800">{t('printables.layout')}</legend>
            {(['one', 'four'] as const).map((option) => (
              <label key={option} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="inject-card-layout"
                  className="h-4 w-4 accent-brand-700"
                  checked={layout === option}
                  onChange={() => setLayout(option)}
                />
                {t(`printables.layouts.${option}`)}
              </label>
            ))}
          </fieldset>
        </div>
        {injects.length === 0 ? (
          <EmptyState>{t('injects.empty')}</EmptyState>
        ) : (
          <div className={`inject-cards-${layout} grid gap-4 sm:grid-cols-2`}>
            {injects.map((inject) => (
              <InjectCard key={inject.id} exercise={exercise} inject={inject} number={numberOf(inject.id)} />
            ))}
          </div>
        )}
      </div>
    </PrintDocument>
  );
}

/** The controller's MSEL: the injects with empty columns for the actual time and remarks. */
export function ControllerMsel({ id, order }: { id: string; order: InjectOrder }) {
  const t = useTranslations('scenarios');
  const actions = useTranslations('actions');
  const { fallback, exercise } = useExerciseForPrint(id);
  if (!exercise) return fallback;
  const numberOf = (injectId: string) => exercise.injects.findIndex((i) => i.id === injectId) + 1;
  const injects = sortInjects(exercise.injects, order);
  const orderWords = `${t('injects.order')}: ${order === 'time' ? t('injects.orderTime') : t('injects.orderPosition')}`;
  return (
    <PrintDocument marking={exercise.marking} printedOn={todayInNetherlands()} filters={orderWords}>
      <article className="space-y-4 bg-white p-6 print:p-0">
        <PageHeader
          title={t('printables.mselHeading', { title: exercise.title })}
          intro={t('printables.mselIntro')}
          actions={
            <>
              <Link href={`/oefeningen/${exercise.id}`} className={`${buttonClass('secondary')} no-print`}>
                {actions('back')}
              </Link>
              <Link
                href={`/oefeningen/${exercise.id}/draaiboek?volgorde=${order === 'time' ? 'draaiboek' : 'tijd'}`}
                className={`${buttonClass('secondary')} no-print`}
              >
                {order === 'time' ? t('printables.byPosition') : t('printables.byTime')}
              </Link>
              <Button className="no-print" onClick={() => window.print()}>
                {t('report.print')}
              </Button>
            </>
          }
        />
        {injects.length === 0 ? (
          <EmptyState>{t('injects.empty')}</EmptyState>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="controller-msel">
            <thead>
              <tr>
                <th scope="col" className={`${cell} w-8`}>
                  #
                </th>
                <th scope="col" className={cell}>
                  {t('injects.time')}
                </th>
                <th scope="col" className={cell}>
                  {t('injects.clockTime')}
                </th>
                <th scope="col" className={cell}>
                  {t('injects.fromTo')}
                </th>
                <th scope="col" className={cell}>
                  {t('injects.message')}
                </th>
                <th scope="col" className={cell}>
                  {t('injects.expectedAction')}
                </th>
                <th scope="col" className={`${cell} w-24`}>
                  {t('printables.actualTime')}
                </th>
                <th scope="col" className={`${cell} w-48`}>
                  {t('printables.remarks')}
                </th>
              </tr>
            </thead>
            <tbody>
              {injects.map((inject) => (
                <tr key={inject.id}>
                  <td className={cell}>{numberOf(inject.id)}</td>
                  <td className={`${cell} font-mono`}>{formatOffset(inject.offsetMinutes)}</td>
                  <td className={`${cell} font-mono`}>
                    <PlannedClock startsAt={exercise.startsAt} plannedAt={inject.plannedAt} />
                  </td>
                  <td className={cell}>
                    {inject.fromParty} → {inject.toParty}
                  </td>
                  <td className={cell}>
                    {inject.message}
                    {inject.legalBasisCode ? ` (${inject.legalBasisCode})` : ''}
                  </td>
                  <td className={cell}>{inject.expectedAction || '–'}</td>
                  <td className={`${cell} h-12`} />
                  <td className={cell} />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </PrintDocument>
  );
}

'use client';

import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { countRatings, groupByTriadCategory, ratings, todayInNetherlands } from '@srw/domain';
import { PrintDocument } from '@/components/print/print-document';
import { ScenarioText } from '@/components/scenarios/scenario-text';
import { Button, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { LoadError, Loading } from '@/components/ui/states';
import { RatingBadge } from './badges';
import { useExercise } from './exercise-detail';
import { useReferenceData } from './reference-data';
import { useNotFoundAware } from './scenario-detail';

const cell = 'border border-slate-300 p-2 text-left align-top';

/** After-action report: one printable page (and PDF through the browser's print dialog). */
export function ExerciseReport({ id }: { id: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const reference = useReferenceData();
  const query = useExercise(id);
  const notFound = useNotFoundAware(query.error);
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <LoadError
        message={notFound ? t('notFound.body') : undefined}
        onRetry={notFound ? undefined : () => query.refetch()}
      />
    );
  const exercise = query.data;
  const counts = countRatings(exercise.observations.map((o) => o.rating));
  const byCategory = groupByTriadCategory(exercise.observations);
  const objectiveNumber = (objectiveId: string | null) => {
    const index = exercise.objectives.findIndex((o) => o.id === objectiveId);
    return index >= 0 ? String(index + 1) : '–';
  };
  const observationText = (observationId: string) =>
    exercise.observations.find((o) => o.id === observationId)?.text ?? '';

  return (
    // One exercise, unfiltered: the frame says so.
    <PrintDocument marking={exercise.marking} printedOn={todayInNetherlands()} filters={null}>
      <article className="report space-y-8 bg-white p-6 print:p-0">
        <PageHeader
          title={t('scenarios.report.title', { title: exercise.title })}
          intro={t('scenarios.report.intro')}
          actions={
            <>
              <Link href={`/oefeningen/${exercise.id}`} className={buttonClass('secondary')}>
                {t('actions.back')}
              </Link>
              <Button onClick={() => window.print()}>{t('scenarios.report.print')}</Button>
            </>
          }
        />

        <section aria-labelledby="report-overview">
          <h2 id="report-overview" className="text-lg font-semibold text-brand-800">
            {t('scenarios.report.overview')}
          </h2>
          <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-slate-600">{t('scenarios.report.scenario')}</dt>
              <dd className="font-medium">{exercise.scenario?.title ?? '–'}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t('scenarios.report.group')}</dt>
              <dd className="font-medium">{exercise.group.name}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t('scenarios.exerciseFields.type')}</dt>
              <dd className="font-medium">{t(`scenarios.exerciseType.${exercise.type}`)}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t('scenarios.report.when')}</dt>
              <dd className="font-medium">
                {format.dateTimeRange(exercise.startsAt, exercise.endsAt, { dateStyle: 'long', timeStyle: 'short' })}
                {exercise.location ? `, ${exercise.location}` : ''}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t('scenarios.report.status')}</dt>
              <dd className="font-medium">{t(`scenarios.exerciseStatus.${exercise.status}`)}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t('scenarios.exerciseFields.participantCounts')}</dt>
              <dd className="font-medium">
                {exercise.participantCounts.map((c) => `${c.organisationCode} ${c.count}`).join(', ') || '–'}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t('scenarios.exerciseFields.planners')}</dt>
              <dd className="font-medium">{exercise.planners.map((p) => p.name).join(', ') || '–'}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t('scenarios.report.ratingSummary')}</dt>
              <dd className="font-medium">{ratings.map((r) => `${r}: ${counts[r]}`).join(' · ')}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="report-objectives">
          <h2 id="report-objectives" className="text-lg font-semibold text-brand-800">
            {t('scenarios.report.objectives')}
          </h2>
          {exercise.objectives.length === 0 ? (
            <p className="mt-2 text-slate-600">{t('scenarios.exerciseDetail.noObjectives')}</p>
          ) : (
            <table className="mt-2 w-full border-collapse text-sm">
              <thead>
                <tr>
                  <th scope="col" className={`${cell} w-10`}>
                    #
                  </th>
                  <th scope="col" className={cell}>
                    {t('scenarios.report.objective')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('scenarios.fields.conditions')}
                  </th>
                  <th scope="col" className={`${cell} w-28`}>
                    {t('scenarios.report.rating')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {exercise.objectives.map((objective, index) => (
                  <tr key={objective.id}>
                    <td className={cell}>{index + 1}</td>
                    <td className={cell}>{objective.description}</td>
                    <td className={cell}>{objective.conditionIds.map(reference.conditionLabel).join('; ') || '–'}</td>
                    <td className={cell}>
                      <RatingBadge rating={objective.rating} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="mt-2 text-xs text-slate-600">{t('scenarios.report.ratingLegend')}</p>
        </section>

        <section aria-labelledby="report-observations">
          <h2 id="report-observations" className="text-lg font-semibold text-brand-800">
            {t('scenarios.report.observations')}
          </h2>
          {byCategory.length === 0 ? (
            <p className="mt-2 text-slate-600">{t('scenarios.observations.empty')}</p>
          ) : (
            byCategory.map((group) => (
              <div key={group.category} className="mt-3 break-inside-avoid">
                <h3 className="font-semibold">
                  {group.category}. {reference.categoryLabel(group.category)}
                </h3>
                <ul className="mt-1 space-y-2">
                  {group.items.map((observation) => (
                    <li key={observation.id} className="print-item flex gap-3">
                      <RatingBadge rating={observation.rating} />
                      <div>
                        <p className="text-sm text-slate-600">
                          {t(`scenarios.observations.kinds.${observation.kind}`)} ·{' '}
                          {reference.conditionLabel(observation.conditionId)} ·{' '}
                          {t('scenarios.report.objectiveShort', { number: objectiveNumber(observation.objectiveId) })}
                          {observation.recommendationCode
                            ? ` · ${t('scenarios.observations.recommendedAs', { code: observation.recommendationCode })}`
                            : ''}
                        </p>
                        <ScenarioText text={observation.text} />
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </section>

        <section aria-labelledby="report-actions">
          <h2 id="report-actions" className="text-lg font-semibold text-brand-800">
            {t('scenarios.report.improvementPlan')}
          </h2>
          {exercise.improvementActions.length === 0 ? (
            <p className="mt-2 text-slate-600">{t('scenarios.report.noActions')}</p>
          ) : (
            <table className="mt-2 w-full border-collapse text-sm">
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    {t('scenarios.actions.action')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('scenarios.report.fromObservation')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('scenarios.actions.owner')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('scenarios.actions.dueDate')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('scenarios.report.recommendation')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {exercise.improvementActions.map((action) => (
                  <tr key={action.id}>
                    <td className={cell}>{action.action}</td>
                    <td className={cell}>{observationText(action.observationId)}</td>
                    <td className={cell}>
                      {action.owner}
                      {action.ownerOrganisationCode ? ` (${action.ownerOrganisationCode})` : ''}
                    </td>
                    <td className={cell}>
                      {action.dueDate
                        ? format.dateTime(new Date(`${action.dueDate}T12:00:00Z`), { dateStyle: 'medium' })
                        : '–'}
                    </td>
                    <td className={cell}>{action.recommendationCode ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </article>
    </PrintDocument>
  );
}

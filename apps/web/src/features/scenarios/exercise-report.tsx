'use client';

import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import {
  countRatings,
  formatOffset,
  groupByTriadCategory,
  ratings,
  sortInjects,
  todayInNetherlands,
} from '@srw/domain';
import { PrintDocument } from '@/components/print/print-document';
import { ScenarioText } from '@/components/scenarios/scenario-text';
import { Button, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { LoadError, Loading } from '@/components/ui/states';
import { formatDateTimeRange } from '@/i18n/date-time-range';
import { DeliveryBadge, RatingBadge } from './badges';
import { ActualClock, PlannedClock } from './inject-clock';
import type { ExerciseView } from './types';
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
  const recommendedObservations = exercise.observations.filter((o) => o.recommendationCode !== null);
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
                {formatDateTimeRange(format, exercise.startsAt, exercise.endsAt, 'long')}
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
              <dt className="text-sm text-slate-600">{t('scenarios.exerciseFields.participants')}</dt>
              <dd className="font-medium" data-testid="report-participants">
                {exercise.participants.map((p) => `${p.name} (${p.organisationCode})`).join(', ') || '–'}
              </dd>
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

        <ReportMsel exercise={exercise} />

        <section aria-labelledby="report-observations">
          <h2 id="report-observations" className="text-lg font-semibold text-brand-800">
            {t('scenarios.report.observations')}
          </h2>
          {byCategory.length === 0 ? (
            <p className="mt-2 text-slate-600">{t('scenarios.observations.empty')}</p>
          ) : (
            byCategory.map((group) => (
              <div key={group.category ?? 'none'} className="mt-3 break-inside-avoid">
                <h3 className="font-semibold">
                  {group.category === null
                    ? t('scenarios.observations.noIndicator')
                    : `${group.category}. ${reference.categoryLabel(group.category)}`}
                </h3>
                <ul className="mt-1 space-y-2">
                  {group.items.map((observation) => (
                    <li key={observation.id} className="print-item flex gap-3">
                      <RatingBadge rating={observation.rating} />
                      <div>
                        <p className="text-sm text-slate-600">
                          {t(`scenarios.observations.kinds.${observation.kind}`)} ·{' '}
                          {observation.conditionId !== null
                            ? `${reference.conditionLabel(observation.conditionId)} · `
                            : ''}
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

        <ObservationsPerInject exercise={exercise} />

        <section aria-labelledby="report-actions">
          <h2 id="report-actions" className="text-lg font-semibold text-brand-800">
            {t('scenarios.report.improvementPlan')}
          </h2>
          {exercise.improvementActions.length === 0 && recommendedObservations.length === 0 ? (
            <p className="mt-2 text-slate-600">{t('scenarios.report.noActions')}</p>
          ) : null}
          <ObservationRecommendations observations={recommendedObservations} />
          {exercise.improvementActions.length === 0 ? null : (
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

/** What happened to each inject: planned against actual time, and skipped ones with their reason. */
function ReportMsel({ exercise }: { exercise: ExerciseView }) {
  const t = useTranslations('scenarios');
  const numberOf = (id: string) => exercise.injects.findIndex((i) => i.id === id) + 1;
  return (
    <section aria-labelledby="report-msel">
      <h2 id="report-msel" className="text-lg font-semibold text-brand-800">
        {t('report.msel')}
      </h2>
      {exercise.injects.length === 0 ? (
        <p className="mt-2 text-slate-600">{t('injects.empty')}</p>
      ) : (
        <table className="mt-2 w-full border-collapse text-sm" data-testid="report-msel">
          <thead>
            <tr>
              <th scope="col" className={`${cell} w-10`}>
                #
              </th>
              <th scope="col" className={cell}>
                {t('report.planned')}
              </th>
              <th scope="col" className={cell}>
                {t('report.actual')}
              </th>
              <th scope="col" className={cell}>
                {t('injects.fromTo')}
              </th>
              <th scope="col" className={cell}>
                {t('injects.message')}
              </th>
              <th scope="col" className={cell}>
                {t('report.deliveryState')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sortInjects(exercise.injects, 'time').map((inject) => (
              <tr key={inject.id}>
                <td className={cell}>{numberOf(inject.id)}</td>
                <td className={`${cell} font-mono`}>
                  {formatOffset(inject.offsetMinutes)} ·{' '}
                  <PlannedClock startsAt={exercise.startsAt} plannedAt={inject.plannedAt} />
                </td>
                <td className={`${cell} font-mono`}>
                  <ActualClock at={inject.deliveredAt} />
                </td>
                <td className={cell}>
                  {inject.fromParty} → {inject.toParty}
                </td>
                <td className={cell}>
                  {inject.message}
                  {inject.adHoc ? ` (${t('conduct.adHoc')})` : ''}
                </td>
                <td className={cell}>
                  <DeliveryBadge status={inject.deliveryStatus} />
                  {inject.deliveredByName ? <span className="block text-xs">{inject.deliveredByName}</span> : null}
                  {inject.deliveryReason ? (
                    <span className="block text-xs">{t('conduct.reason', { reason: inject.deliveryReason })}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The observations grouped by the inject they were made after. */
function ObservationsPerInject({ exercise }: { exercise: ExerciseView }) {
  const t = useTranslations('scenarios');
  const linked = sortInjects(exercise.injects, 'time').filter((inject) =>
    exercise.observations.some((o) => o.injectId === inject.id),
  );
  const unlinked = exercise.observations.filter((o) => o.injectId === null);
  const numberOf = (id: string) => exercise.injects.findIndex((i) => i.id === id) + 1;
  if (exercise.observations.length === 0) return null;
  const list = (items: ExerciseView['observations']) => (
    <ul className="mt-1 space-y-1">
      {items.map((observation) => (
        <li key={observation.id} className="print-item flex gap-2 text-sm">
          <RatingBadge rating={observation.rating} />
          <span>{observation.text}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="report-per-inject">
      <h2 id="report-per-inject" className="text-lg font-semibold text-brand-800">
        {t('report.perInject')}
      </h2>
      {linked.map((inject) => (
        <div key={inject.id} className="mt-3">
          <h3 className="font-semibold">
            {t('conduct.injectNumber', { number: numberOf(inject.id) })} · {formatOffset(inject.offsetMinutes)} ·{' '}
            {inject.fromParty} → {inject.toParty}
          </h3>
          {list(exercise.observations.filter((o) => o.injectId === inject.id))}
        </div>
      ))}
      {unlinked.length > 0 ? (
        <div className="mt-3">
          <h3 className="font-semibold">{t('report.withoutInject')}</h3>
          {list(unlinked)}
        </div>
      ) : null}
    </section>
  );
}

/** Observations that became recommendations in the register: improvement actions too. */
function ObservationRecommendations({ observations }: { observations: ExerciseView['observations'] }) {
  const t = useTranslations('scenarios');
  const statuses = useTranslations('recommendations.status');
  if (observations.length === 0) return null;
  return (
    <table className="mt-2 w-full border-collapse text-sm" data-testid="report-observation-recommendations">
      <thead>
        <tr>
          <th scope="col" className={cell}>
            {t('report.recommendation')}
          </th>
          <th scope="col" className={cell}>
            {t('report.fromObservation')}
          </th>
          <th scope="col" className={cell}>
            {t('report.status')}
          </th>
        </tr>
      </thead>
      <tbody>
        {observations.map((observation) => (
          <tr key={observation.id}>
            <td className={cell}>
              {observation.recommendationCode} {observation.recommendationTitle}
            </td>
            <td className={cell}>{observation.text}</td>
            <td className={cell}>
              {observation.recommendationStatus ? statuses(observation.recommendationStatus) : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  canTransitionScenario,
  scenarioStatuses,
  type ScenarioStatus,
  isScenarioEditable,
  isScenarioReadyForExercise,
  lensColumnOrder,
} from '@srw/domain';
import { LensNotice } from '@/components/lens/lens-notice';
import { AlsoOpen } from '@/components/live/also-open';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { ScenarioText } from '@/components/scenarios/scenario-text';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { ClassificationBadge } from '@/components/ui/classification-badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { TestedDecisions } from '@/features/decisions/tested-decisions';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { useLensOrganisation } from '@/lib/use-lens-organisation';
import { ExerciseStatusBadge, ScenarioStatusBadge } from './badges';
import { useReferenceData } from './reference-data';

export function useNotFoundAware(error: unknown) {
  return error instanceof TRPCClientError && error.data?.httpStatus === 404;
}

export function ScenarioDetail({ id }: { id: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const reference = useReferenceData();
  const query = useQuery(trpc.scenarios.get.queryOptions({ id }));
  const exercises = useQuery(trpc.exercises.list.queryOptions({ scenarioId: id, limit: 100 }));
  const lensOrg = useLensOrganisation();
  const [nextStatus, setNextStatus] = useState<ScenarioStatus | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [actionError, setActionError] = useState<ErrorInfo | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
  const changeStatus = useMutation(
    trpc.scenarios.changeStatus.mutationOptions({
      onSuccess: async () => {
        setActionError(null);
        await invalidate();
      },
      onError: (error) => setActionError(readError(error)),
      onSettled: () => setNextStatus(null),
    }),
  );
  const remove = useMutation(
    trpc.scenarios.delete.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        router.push('/scenarios');
      },
      onError: (error) => {
        setConfirmDelete(false);
        setActionError(readError(error));
      },
    }),
  );
  const notFound = useNotFoundAware(query.error);

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <LoadError
        message={notFound ? t('notFound.body') : undefined}
        onRetry={notFound ? undefined : () => query.refetch()}
      />
    );
  const scenario = query.data;
  // The organisation lens puts that organisation's perspective (and so its contribution) in the first column.
  const columnOrder = lensColumnOrder(
    scenario.perspectives.map((p) => p.organisationId),
    lensOrg?.id ?? null,
  );
  const perspectives = columnOrder.flatMap((index) => scenario.perspectives[index] ?? []);
  const isLensColumn = (organisationId: string | undefined) => lensOrg !== null && organisationId === lensOrg.id;
  const lensHasPerspective = perspectives.some((p) => isLensColumn(p.organisationId));

  return (
    <>
      <PageHeader
        title={scenario.title}
        meta={
          <>
            <ScenarioStatusBadge status={scenario.status} />
            <ClassificationBadge value={scenario.classification} />
            <Badge tone="info">{reference.cooperationLabel(scenario.cooperationLevel)}</Badge>
            <span className="text-sm text-slate-600">
              {t(`scenarios.threatType.${scenario.threatType}`)} ·{' '}
              <Link href={`/werkgroepen/${scenario.group.id}`} className="text-brand-700 underline">
                {scenario.group.name}
              </Link>
            </span>
          </>
        }
        actions={
          <>
            {scenario.permissions.canEdit ? (
              <Link href={`/scenarios/${scenario.id}/bewerken`} className={buttonClass('secondary')}>
                {t('actions.edit')}
              </Link>
            ) : null}
            {scenario.permissions.canPlanExercise ? (
              <Link href={`/oefeningen/nieuw?scenario=${scenario.id}`} className={buttonClass('primary')}>
                {t('scenarios.detail.planExercise')}
              </Link>
            ) : null}
          </>
        }
      />
      <AlsoOpen kind="scenario" id={scenario.id} />
      <FormAlert error={actionError} onReload={invalidate} />

      <Section id="problem" title={t('scenarios.fields.problemStatement')}>
        <ScenarioText text={scenario.problemStatement} className="max-w-3xl text-slate-800" />
      </Section>

      <Section id="perspectives" title={t('scenarios.perspectives.title')} intro={t('scenarios.perspectives.intro')}>
        {lensOrg ? (
          <LensNotice>
            {lensHasPerspective
              ? t('scenarios.lens.notice', { organisation: lensOrg.name })
              : t('scenarios.lens.noPerspective', { organisation: lensOrg.name })}
          </LensNotice>
        ) : null}
        {perspectives.length === 0 ? (
          <EmptyState>{t('scenarios.perspectives.empty')}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] table-fixed border-collapse text-sm">
              <caption className="sr-only">{t('scenarios.perspectives.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-48 border-b border-slate-300 p-2 text-left">
                    {t('scenarios.perspectives.aspect')}
                  </th>
                  {perspectives.map((p) => (
                    <th
                      key={p.organisationId}
                      scope="col"
                      className={`border-b border-slate-300 p-2 text-left ${isLensColumn(p.organisationId) ? 'bg-brand-50' : ''}`}
                      data-testid="perspective-column"
                    >
                      <Badge tone={organisationTone(p.organisationCode)}>{p.organisationCode}</Badge>{' '}
                      {p.organisationName}
                      {isLensColumn(p.organisationId) ? (
                        <span className="ml-1 text-xs font-normal text-brand-800">({t('scenarios.lens.yours')})</span>
                      ) : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {scenario.comparison.map((row) => (
                  <tr key={row.aspect} className={row.differs ? 'bg-amber-50' : undefined}>
                    <th scope="row" className="border-b border-slate-200 p-2 text-left align-top font-medium">
                      {t(`scenarios.perspectives.aspects.${row.aspect}`)}
                      {row.differs ? (
                        <span className="mt-1 block">
                          <Badge tone="warning">{t('scenarios.perspectives.differs')}</Badge>
                        </span>
                      ) : null}
                    </th>
                    {columnOrder.map((original, index) => {
                      const value = row.values[original];
                      const organisationId = perspectives[index]?.organisationId;
                      return (
                        <td
                          key={organisationId ?? index}
                          className={`border-b border-slate-200 p-2 align-top ${isLensColumn(organisationId) ? 'bg-brand-50/60' : ''}`}
                        >
                          {value ? (
                            <ScenarioText text={value} />
                          ) : (
                            <span className="text-slate-500 italic">{t('scenarios.perspectives.notFilledIn')}</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <div className="grid gap-0 lg:grid-cols-2 lg:gap-6">
        <Section id="legal" title={t('scenarios.fields.legalBases')}>
          {scenario.legalBases.length === 0 ? (
            <p className="text-slate-600">{t('scenarios.detail.noLegalBases')}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {scenario.legalBases.map((basis) => (
                <li key={basis.id}>
                  <span className="font-medium">{basis.code}</span> – {basis.title}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="conditions" title={t('scenarios.fields.conditions')}>
          {scenario.conditions.length === 0 ? (
            <p className="text-slate-600">{t('scenarios.detail.noConditions')}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {scenario.conditions.map((condition) => (
                <li key={condition.id}>{reference.conditionLabel(condition.id)}</li>
              ))}
            </ul>
          )}
        </Section>
      </div>

      <Section id="exercises" title={t('scenarios.detail.exercisesTitle')}>
        {exercises.isPending ? (
          <Loading />
        ) : (exercises.data?.items.length ?? 0) === 0 ? (
          <EmptyState>
            {isScenarioReadyForExercise(scenario.status)
              ? t('scenarios.detail.noExercises')
              : t('scenarios.detail.noExercisesNotReady')}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {exercises.data?.items.map((exercise) => (
              <li key={exercise.id} className="flex flex-wrap items-center gap-3 py-2">
                <ExerciseStatusBadge status={exercise.status} />
                <Link href={`/oefeningen/${exercise.id}`} className="font-medium text-brand-700 hover:underline">
                  {exercise.title}
                </Link>
                <span className="text-sm text-slate-600">
                  {t(`scenarios.exerciseType.${exercise.type}`)} ·{' '}
                  {format.dateTime(exercise.startsAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <TestedDecisions scenarioId={scenario.id} />

      {scenario.permissions.canChangeStatus ? (
        <Section id="status" title={t('scenarios.detail.statusTitle')} intro={t('scenarios.detail.statusIntro')}>
          <div className="flex flex-wrap gap-2">
            {scenarioStatuses
              .filter((status) => canTransitionScenario(scenario.status, status))
              .map((status) => (
                <Button key={status} variant="secondary" onClick={() => setNextStatus(status)}>
                  {t('scenarios.detail.changeStatusTo', { status: t(`scenarios.status.${status}`) })}
                </Button>
              ))}
            {scenario.permissions.canDelete ? (
              <Button variant="danger" onClick={() => setConfirmDelete(true)}>
                {t('scenarios.detail.delete')}
              </Button>
            ) : null}
          </div>
          {nextStatus !== null ? (
            <ConfirmDialog
              open={nextStatus !== null}
              title={t('scenarios.detail.statusTitle')}
              pending={changeStatus.isPending}
              // Red only when the step closes the scenario for editing (archiving); "Zet op Gereed" is not destructive.
              confirmVariant={nextStatus && !isScenarioEditable(nextStatus) ? 'danger' : 'primary'}
              onCancel={() => setNextStatus(null)}
              onConfirm={() =>
                nextStatus && changeStatus.mutate({ id: scenario.id, version: scenario.version, status: nextStatus })
              }
            >
              {nextStatus ? t('scenarios.detail.confirmStatus', { status: t(`scenarios.status.${nextStatus}`) }) : null}
            </ConfirmDialog>
          ) : null}
          {confirmDelete ? (
            <ConfirmDialog
              open={confirmDelete}
              title={t('scenarios.detail.delete')}
              confirmLabel={t('actions.delete')}
              pending={remove.isPending}
              onCancel={() => setConfirmDelete(false)}
              onConfirm={() => remove.mutate({ id: scenario.id, version: scenario.version })}
            >
              {t('scenarios.detail.confirmDelete', { title: scenario.title })}
            </ConfirmDialog>
          ) : null}
        </Section>
      ) : null}
    </>
  );
}

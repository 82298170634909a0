'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { isCancelledExercise, type ExerciseStatus } from '@srw/domain';
import { AlsoOpen } from '@/components/live/also-open';
import { TextArea } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import { TestedDecisions } from '@/features/decisions/tested-decisions';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { formatDateTimeRange } from '@/i18n/date-time-range';
import { ExerciseStatusBadge, RatingBadge } from './badges';
import { EvaluationSection } from './evaluation-section';
import { EditExerciseForm } from './exercise-form';
import { InjectSection } from './inject-section';
import { useReferenceData } from './reference-data';
import { useNotFoundAware } from './scenario-detail';
import type { ExerciseView } from './types';

export function useExercise(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.exercises.get.queryOptions({ id }));
}

function StatusSection({ exercise }: { exercise: ExerciseView }) {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [next, setNext] = useState<ExerciseStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const change = useMutation(
    trpc.exercises.changeStatus.mutationOptions({
      onSuccess: async () => {
        setError(null);
        setReason('');
        await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setNext(null),
    }),
  );
  return (
    <Section
      id="status"
      title={t('scenarios.exerciseDetail.statusTitle')}
      intro={t('scenarios.exerciseDetail.statusIntro')}
    >
      <FormAlert error={error} onReload={() => queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() })} />
      <div className="mt-2 flex flex-wrap gap-2">
        {exercise.nextStatuses.map((status) => (
          <Button
            key={status}
            variant={isCancelledExercise(status) ? 'danger' : 'secondary'}
            onClick={() => setNext(status)}
          >
            {t(`scenarios.exerciseDetail.to.${status}`)}
          </Button>
        ))}
      </div>
      {exercise.executionHeldUntil ? (
        <p className="mt-2 text-sm text-slate-700">
          {t('scenarios.exerciseDetail.executionHeldUntil', {
            date: format.dateTime(exercise.executionHeldUntil, {
              dateStyle: 'long',
              timeStyle: 'short',
              timeZone: 'Europe/Amsterdam',
            }),
          })}
        </p>
      ) : null}
      {exercise.evaluationHeldBy > 0 ? (
        <p className="mt-2 text-sm text-slate-700" data-testid="evaluation-held">
          {t('scenarios.exerciseDetail.evaluationHeldBy', { count: exercise.evaluationHeldBy })}{' '}
          <a href="#observations" className="font-medium text-brand-700 underline">
            {t('scenarios.exerciseDetail.evaluationHeldByLink')}
          </a>
        </p>
      ) : null}
      {next !== null ? (
        <ConfirmDialog
          open={next !== null}
          title={t('scenarios.exerciseDetail.statusTitle')}
          pending={change.isPending}
          confirmVariant={next && isCancelledExercise(next) ? 'danger' : 'primary'}
          onCancel={() => setNext(null)}
          onConfirm={() =>
            next &&
            change.mutate({ id: exercise.id, version: exercise.version, status: next, cancellationReason: reason })
          }
        >
          {next ? (
            <p>{t('scenarios.exerciseDetail.confirmStatus', { status: t(`scenarios.exerciseStatus.${next}`) })}</p>
          ) : null}
          {next === 'geannuleerd' ? (
            <div className="mt-3">
              <TextArea
                label={t('scenarios.exerciseDetail.cancellationReason')}
                required
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

export function ExerciseDetail({ id }: { id: string }) {
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

  return (
    <>
      <PageHeader
        title={exercise.title}
        meta={
          <>
            <ExerciseStatusBadge status={exercise.status} />
            <Badge tone="info">{t(`scenarios.exerciseType.${exercise.type}`)}</Badge>
            <span className="text-sm text-slate-600">
              {formatDateTimeRange(format, exercise.startsAt, exercise.endsAt)}
              {exercise.location ? ` · ${exercise.location}` : ''}
            </span>
          </>
        }
        intro={
          exercise.scenario ? (
            <>
              {t('scenarios.exerciseDetail.scenario')}{' '}
              <Link href={`/scenarios/${exercise.scenario.id}`} className="text-brand-700 underline">
                {exercise.scenario.title}
              </Link>{' '}
              · {exercise.group.name}
            </>
          ) : null
        }
        actions={
          <>
            {exercise.permissions.canEditPlanning ? (
              <Link href={`/oefeningen/${exercise.id}/bewerken`} className={buttonClass('secondary')}>
                {t('actions.edit')}
              </Link>
            ) : null}
            <Link href={`/oefeningen/${exercise.id}/uitvoering`} className={buttonClass('secondary')}>
              {t('scenarios.injects.conductLink')}
            </Link>
            <Link href={`/oefeningen/${exercise.id}/rapport`} className={buttonClass('secondary')}>
              {t('scenarios.exerciseDetail.report')}
            </Link>
          </>
        }
      />
      <AlsoOpen kind="exercise" id={exercise.id} />
      {isCancelledExercise(exercise.status) ? (
        <div className="mb-6">
          <Notice tone="warning">
            {t('scenarios.exerciseDetail.cancelled', { reason: exercise.cancellationReason })}
          </Notice>
        </div>
      ) : null}

      <Section id="participants" title={t('scenarios.exerciseDetail.participantsTitle')}>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('scenarios.exerciseFields.participantCounts')}</dt>
            <dd className="mt-1 flex flex-wrap gap-2">
              {exercise.participantCounts.length === 0
                ? '–'
                : exercise.participantCounts.map((c) => (
                    <Badge key={c.organisationId} tone={organisationTone(c.organisationCode)}>
                      {c.organisationCode}: {c.count}
                    </Badge>
                  ))}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('scenarios.exerciseFields.participants')}</dt>
            <dd className="mt-1">
              {exercise.participants.map((p) => `${p.name} (${p.organisationCode})`).join(', ') || '–'}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('scenarios.exerciseFields.planners')}</dt>
            <dd className="mt-1">
              {exercise.planners.map((p) => `${p.name} (${p.organisationCode})`).join(', ') || '–'}
            </dd>
          </div>
        </dl>
      </Section>

      <Section id="objectives" title={t('scenarios.exerciseFields.objectives')}>
        {exercise.objectives.length === 0 ? (
          <EmptyState>{t('scenarios.exerciseDetail.noObjectives')}</EmptyState>
        ) : (
          <ol className="space-y-3">
            {exercise.objectives.map((objective, index) => (
              <li key={objective.id} className="flex flex-wrap items-start gap-3">
                <RatingBadge rating={objective.rating} />
                <div>
                  <p className="font-medium">
                    {index + 1}. {objective.description}
                  </p>
                  {objective.conditionIds.length ? (
                    <p className="text-sm text-slate-600">
                      {objective.conditionIds.map(reference.conditionLabel).join('; ')}
                    </p>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </Section>

      {exercise.nextStatuses.length > 0 || exercise.evaluationHeldBy > 0 ? <StatusSection exercise={exercise} /> : null}
      <InjectSection exercise={exercise} />
      <EvaluationSection exercise={exercise} />
      <TestedDecisions exerciseId={exercise.id} />
    </>
  );
}

export function EditExercisePage({ id }: { id: string }) {
  const t = useTranslations();
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
  if (!exercise.permissions.canEditPlanning) return <LoadError message={t('errors.EXERCISE_LOCKED')} />;
  return (
    <>
      <PageHeader title={t('scenarios.exerciseEdit.title', { title: exercise.title })} />
      <EditExerciseForm exercise={exercise} />
    </>
  );
}

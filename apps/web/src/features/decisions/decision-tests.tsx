'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { AppRouter } from '@srw/api/client-types';
import { DecisionText } from '@/components/decisions/decision-text';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Section } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { TestResultBadge } from './decision-badges';

// The form loads after the page (its fields and the target search are not first-load work);
// the placeholder keeps its place so nothing below it moves.
const RecordTestForm = lazy(() => import('./record-test-form').then((m) => ({ default: m.RecordTestForm })));
const formPlaceholder = <div aria-hidden className="mt-6 min-h-96" />;

function LazyRecordTestForm(props: { decisionId: string; onDone: () => Promise<void> }) {
  // Rendered only in the browser, after hydration: the server sends the placeholder.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return formPlaceholder;
  return (
    <Suspense fallback={formPlaceholder}>
      <RecordTestForm {...props} />
    </Suspense>
  );
}

type TestLink = inferRouterOutputs<AppRouter>['decisions']['get']['testLinks'][number];

/** Where a scenario or exercise lives in the app. */
export function testTargetHref(target: { scenarioId: string | null; exerciseId: string | null }): string | null {
  if (target.scenarioId) return `/scenarios/${target.scenarioId}`;
  if (target.exerciseId) return `/oefeningen/${target.exerciseId}`;
  return null;
}

/** Where a decision was tested: the links the caller can see, with a form to add one and removal after confirmation. */
export function DecisionTestsSection({
  decisionId,
  links,
  canRecord,
}: {
  decisionId: string;
  links: TestLink[];
  canRecord: boolean;
}) {
  const t = useTranslations('decisions.tests');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [removing, setRemoving] = useState<TestLink | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.decisions.pathKey() });
  };
  const remove = useMutation(
    trpc.decisions.removeTest.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await refresh();
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setRemoving(null),
    }),
  );
  const when = (link: TestLink) =>
    link.testedOn
      ? format.dateTime(new Date(link.testedOn), { dateStyle: 'medium' })
      : format.dateTime(link.createdAt, { dateStyle: 'medium' });

  return (
    <Section id="tests" title={t('title')} intro={t('intro')}>
      <FormAlert error={error} onReload={refresh} />
      {links.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label={t('title')}>
          {links.map((link) => {
            const href = testTargetHref(link);
            const kind = link.scenarioId ? t('kindScenario') : t('kindExercise');
            return (
              <li
                key={link.id}
                className="flex flex-wrap items-start justify-between gap-2 py-2"
                data-testid="decision-test-link"
              >
                <div className="space-y-1">
                  <p>
                    <span className="text-xs tracking-wide text-slate-500 uppercase">{kind}</span>{' '}
                    {link.targetTitle && href ? (
                      <Link href={href} className="text-brand-700 underline">
                        {link.targetTitle}
                      </Link>
                    ) : (
                      <span className="text-slate-600">{t('targetGone')}</span>
                    )}
                    {link.targetGroupName ? (
                      <span className="text-sm text-slate-600"> · {link.targetGroupName}</span>
                    ) : null}
                  </p>
                  <p className="text-sm">
                    <TestResultBadge result={link.result} /> <span className="text-slate-600">{when(link)}</span>
                  </p>
                  {link.note ? <DecisionText className="text-sm text-slate-800" text={link.note} /> : null}
                </div>
                {link.permissions.canRemove ? (
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => setRemoving(link)}
                    aria-label={t('removeLabel', { title: link.targetTitle ?? '' })}
                  >
                    {t('remove')}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('removeTitle')}
        confirmLabel={t('remove')}
        pending={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ id: removing.id, version: removing.version })}
      >
        <p>{t('removeConfirm', { title: removing?.targetTitle ?? '' })}</p>
      </ConfirmDialog>
      {canRecord ? <LazyRecordTestForm decisionId={decisionId} onDone={refresh} /> : null}
    </Section>
  );
}

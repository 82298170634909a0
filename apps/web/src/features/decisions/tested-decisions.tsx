'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { DecisionText } from '@/components/decisions/decision-text';
import { Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { DecisionStatusBadge, OutcomeBadge, TestResultBadge } from './decision-badges';

/**
 * Read-only list of the decisions tested in a scenario or exercise (only those
 * the caller may read), for the scenario and exercise pages. Links are added on
 * the decision's page.
 */
export function TestedDecisions(props: { scenarioId: string } | { exerciseId: string }) {
  const t = useTranslations('decisions.testedIn');
  const format = useFormatter();
  const trpc = useTRPC();
  const target = 'scenarioId' in props ? { scenarioId: props.scenarioId } : { exerciseId: props.exerciseId };
  const query = useQuery(trpc.decisions.testedIn.queryOptions(target));

  return (
    <Section id="tested-decisions" title={t('title')} intro={t('intro')}>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError onRetry={() => query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label={t('title')}>
          {query.data.map((row) => (
            <li key={row.linkId} className="space-y-1 py-2" data-testid="tested-decision">
              <p>
                <Link href={`/afwegingskader/${row.decisionId}`} className="text-brand-700 underline">
                  <DecisionText as="span" text={row.question} />
                </Link>
              </p>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <OutcomeBadge outcome={row.outcome} />
                <DecisionStatusBadge status={row.status} />
                <span className="text-slate-600">{t('result')}:</span> <TestResultBadge result={row.result} />
                <span className="text-slate-600">
                  {format.dateTime(row.testedOn ? new Date(row.testedOn) : row.createdAt, { dateStyle: 'medium' })}
                </span>
              </p>
              {row.note ? <DecisionText className="text-sm text-slate-800" text={row.note} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

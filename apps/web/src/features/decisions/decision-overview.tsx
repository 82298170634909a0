'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  canMaintainLegalBases,
  countLensSignOffs,
  lensSignOffState,
  decisionFilterQueryString,
  decisionOutcomes,
  decisionStatuses,
  type DecisionFilters,
} from '@srw/domain';
import { DecisionText } from '@/components/decisions/decision-text';
import { LensNotice } from '@/components/lens/lens-notice';
import { SelectField } from '@/components/forms/fields';
import { useSessionUser } from '@/components/shell/session-user';
import { Badge } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { ExportLinks } from '@/components/ui/export-links';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { useLensOrganisation } from '@/lib/use-lens-organisation';
import { DecisionStatusBadge, OutcomeBadge, ReviewNeededBadge } from './decision-badges';

export function DecisionOverview({ initialFilters }: { initialFilters: DecisionFilters }) {
  const t = useTranslations('decisions');
  const locale = useLocale();
  const format = useFormatter();
  const user = useSessionUser();
  const router = useRouter();
  const trpc = useTRPC();
  const [filters, setFilters] = useState<DecisionFilters>(initialFilters);
  const overview = useQuery(trpc.decisions.overview.queryOptions(filters));
  const bases = useQuery(trpc.decisions.legalBases.list.queryOptions());
  const levels = useQuery(trpc.reference.cooperationLevels.queryOptions());
  // The organisation lens marks that organisation's sign-off on every decision and counts what awaits it; the list stays whole.
  const lensOrg = useLensOrganisation();
  const lensId = lensOrg?.id ?? null;

  const update = (key: keyof DecisionFilters, value: string) => {
    const next = { ...filters, [key]: value === '' ? undefined : value };
    setFilters(next);
    router.replace(`/afwegingskader${decisionFilterQueryString(next)}`, { scroll: false });
  };
  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  const levelLabel = (level: { labelNl: string; labelEn: string }) => (locale === 'en' ? level.labelEn : level.labelNl);

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            <Link href="/afwegingskader/nieuw" className={buttonClass('primary')}>
              {t('new')}
            </Link>
            <Link
              href={`/afwegingskader/afdrukken${decisionFilterQueryString(filters)}`}
              className={buttonClass('secondary')}
            >
              {t('printVersion')}
            </Link>
            <ExportLinks name="afwegingskader" query={decisionFilterQueryString(filters)} label={t('title')} />
            {canMaintainLegalBases(user) ? (
              <Link href="/beheer/grondslagen" className={buttonClass('ghost')}>
                {t('manageLegalBases')}
              </Link>
            ) : null}
          </>
        }
      />

      <form
        role="search"
        aria-label={t('filters.title')}
        className="no-print mb-6 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('filters.group')}
          placeholder={t('filters.all')}
          options={(overview.data?.groups ?? []).map((group) => ({ value: group.id, label: group.name }))}
          value={filters.groupId ?? ''}
          onChange={(e) => update('groupId', e.target.value)}
        />
        <SelectField
          label={t('filters.outcome')}
          placeholder={t('filters.all')}
          options={decisionOutcomes.map((value) => ({ value, label: t(`outcome.${value}`) }))}
          value={filters.outcome ?? ''}
          onChange={(e) => update('outcome', e.target.value)}
        />
        <SelectField
          label={t('filters.status')}
          placeholder={t('filters.all')}
          options={decisionStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
          value={filters.status ?? ''}
          onChange={(e) => update('status', e.target.value)}
        />
        <SelectField
          label={t('filters.legalBasis')}
          placeholder={t('filters.all')}
          options={(bases.data ?? []).map((basis) => ({ value: basis.id, label: basis.title }))}
          value={filters.legalBasisId ?? ''}
          onChange={(e) => update('legalBasisId', e.target.value)}
        />
        <SelectField
          label={t('filters.tag')}
          placeholder={t('filters.all')}
          options={(overview.data?.tags ?? (filters.tag ? [filters.tag] : [])).map((tag) => ({
            value: tag,
            label: tag,
          }))}
          value={filters.tag ?? ''}
          onChange={(e) => update('tag', e.target.value)}
        />
        <SelectField
          label={t('filters.cooperationLevel')}
          placeholder={t('filters.all')}
          options={(levels.data ?? []).map((level) => ({ value: level.code, label: levelLabel(level) }))}
          value={filters.cooperationLevel ?? ''}
          onChange={(e) => update('cooperationLevel', e.target.value)}
        />
        {hasFilters ? (
          <div className="sm:col-span-2 lg:col-span-3">
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                setFilters({});
                router.replace('/afwegingskader', { scroll: false });
              }}
            >
              {t('filters.reset')}
            </Button>
          </div>
        ) : null}
      </form>

      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <LoadError onRetry={() => overview.refetch()} />
      ) : (
        <>
          <Section id="open-work" title={t('overview.openWorkTitle')} intro={t('overview.openWorkIntro')}>
            {overview.data.openQuestions.length === 0 ? (
              <p className="text-slate-600">{t('overview.openWorkEmpty')}</p>
            ) : (
              <ul className="space-y-2" aria-label={t('overview.openWorkTitle')}>
                {overview.data.openQuestions.map((question) => (
                  <li
                    key={question.id}
                    className="flex flex-wrap items-baseline gap-x-3 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2"
                  >
                    <Link
                      href={`/afwegingskader/${question.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {question.question}
                    </Link>
                    <span className="text-sm text-amber-900">{t('overview.age', { days: question.ageDays })}</span>
                    <span className="text-sm text-slate-600">{question.groupName}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <p className="mb-3 text-sm text-slate-600" aria-live="polite">
            {t('overview.count', { count: overview.data.total })}
          </p>
          {lensOrg ? (
            <LensNotice>
              {t('lens.overviewNotice', {
                organisation: lensOrg.name,
                ...countLensSignOffs(
                  overview.data.sections.flatMap((section) => section.topics.flatMap((topic) => topic.decisions)),
                  lensId,
                ),
              })}
            </LensNotice>
          ) : null}
          {overview.data.truncated ? (
            <p className="mb-3 text-sm text-amber-900">{t('overview.truncated', { count: overview.data.total })}</p>
          ) : null}
          {overview.data.sections.length === 0 ? (
            <EmptyState>{hasFilters ? t('overview.emptyFiltered') : t('overview.empty')}</EmptyState>
          ) : (
            overview.data.sections.map((section) => (
              <Section key={section.level.code} id={`level-${section.level.code}`} title={levelLabel(section.level)}>
                {section.topics.map((topic) => (
                  <div key={topic.topic} className="mb-6 last:mb-0">
                    <h3 className="mb-2 text-base font-semibold text-slate-800">{topic.topic}</h3>
                    <ul className="divide-y divide-slate-200">
                      {topic.decisions.map((decision) => {
                        const lensSignOff = lensSignOffState(
                          decision.concernedOrganisationIds,
                          decision.signedOrganisationIds,
                          lensId,
                        );
                        return (
                          <li key={decision.id} className="py-3" data-testid="overview-decision">
                            <div className="flex flex-wrap items-center gap-2">
                              {lensOrg && lensSignOff ? (
                                <span data-testid="lens-sign-off">
                                  <Badge tone={lensSignOff === 'signed' ? 'success' : 'warning'}>
                                    {t(`lens.list.${lensSignOff}`, { organisation: lensOrg.name })}
                                  </Badge>
                                </span>
                              ) : null}
                              <OutcomeBadge outcome={decision.outcome} />
                              <DecisionStatusBadge status={decision.status} />
                              {decision.reviewNeededAt ? <ReviewNeededBadge /> : null}
                            </div>
                            <Link
                              href={`/afwegingskader/${decision.id}`}
                              className="mt-1 block font-medium text-brand-700 hover:underline"
                            >
                              {decision.question}
                            </Link>
                            {decision.conditions.length > 0 ? (
                              <div className="mt-1 text-sm text-slate-700">
                                <span className="font-medium">{t('overview.conditions')}: </span>
                                <ul className="ml-5 list-disc">
                                  {decision.conditions.map((condition, index) => (
                                    <li key={index}>
                                      <DecisionText as="span" text={condition.text} />
                                    </li>
                                  ))}
                                </ul>
                              </div>
                            ) : null}
                            <p className="mt-1 text-sm text-slate-600">
                              {decision.legalBases.length > 0 ? (
                                <>
                                  {t('overview.legalBases')}:{' '}
                                  {decision.legalBases.map((basis) => basis.title).join('; ')} ·{' '}
                                </>
                              ) : null}
                              {t('overview.group', { name: decision.groupName })}
                              {decision.decisionDate ? (
                                <> · {format.dateTime(new Date(decision.decisionDate), { dateStyle: 'medium' })}</>
                              ) : null}
                            </p>
                            {decision.supersededById ? (
                              <p className="mt-1 text-sm">
                                <Link
                                  href={`/afwegingskader/${decision.supersededById}`}
                                  className="text-brand-700 underline"
                                >
                                  {t('overview.supersededBy')}
                                </Link>
                              </p>
                            ) : null}
                            {decision.supersedesId ? (
                              <p className="mt-1 text-sm">
                                <Link
                                  href={`/afwegingskader/${decision.supersedesId}`}
                                  className="text-brand-700 underline"
                                >
                                  {t('overview.supersedes')}
                                </Link>
                              </p>
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                ))}
              </Section>
            ))
          )}
        </>
      )}
    </>
  );
}

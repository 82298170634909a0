'use client';

import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { decisionFilterQueryString, todayInNetherlands, type DecisionFilters } from '@srw/domain';
import type { AppRouter } from '@srw/api/client-types';
import { DecisionText } from '@/components/decisions/decision-text';
import { describeFilters } from '@/components/print/print-css';
import { PrintDocument } from '@/components/print/print-document';
import { Button, buttonClass } from '@/components/ui/button';
import { LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

type PrintableDecision = inferRouterOutputs<AppRouter>['decisions']['printable']['closed'][number];

/** One decision on paper: the ruling with options, sharing rules, consequences per organisation, sign-offs and versions. */
function PrintedDecision({ decision }: { decision: PrintableDecision }) {
  const t = useTranslations('decisions');
  const format = useFormatter();
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00`), { dateStyle: 'medium' });
  const differing = decision.organisations.filter((o) => o.consequences.trim() !== '');
  return (
    <div className="print-item mb-5 break-inside-avoid" data-testid="print-decision">
      <DecisionText as="h3" className="font-semibold" text={decision.question} />
      <p className="text-sm">
        <strong>{t(`outcome.${decision.outcome}`)}</strong> · {t(`status.${decision.status}`)}
        {decision.reviewNeededAt ? <> · {t('reviewNeeded')}</> : null}
      </p>
      <DecisionText className="mt-1 text-sm" text={decision.context} />
      {decision.options.length > 0 ? (
        <>
          <p className="mt-1 text-sm font-medium">{t('detail.options')}</p>
          <ul className="list-disc pl-6 text-sm">
            {decision.options.map((option, index) => (
              <li key={index}>
                {option.title}
                {option.pros ? (
                  <>
                    {' '}
                    — {t('detail.pros')}: {option.pros}
                  </>
                ) : null}
                {option.cons ? (
                  <>
                    {' '}
                    — {t('detail.cons')}: {option.cons}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {decision.conditions.length > 0 ? (
        <>
          <p className="mt-1 text-sm font-medium">{t('overview.conditions')}</p>
          <ol className="list-decimal pl-6 text-sm">
            {decision.conditions.map((condition, index) => (
              <li key={index}>
                <DecisionText as="span" text={condition.text} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {decision.sharingRules.length > 0 ? (
        <>
          <p className="mt-1 text-sm font-medium">{t('detail.sharing')}</p>
          <ul className="list-disc pl-6 text-sm">
            {decision.sharingRules.map((rule, index) => (
              <li key={index}>
                {rule.dataCategory}: {rule.fromOrganisationCode} → {rule.toOrganisationCode} —{' '}
                <strong>{t(`verdict.${rule.verdict}`)}</strong>
                {rule.legalGround ? (
                  <>
                    {' '}
                    · {t('detail.sharingGround')}: {rule.legalGround}
                  </>
                ) : null}
                {rule.conditions ? (
                  <>
                    {' '}
                    · {t('detail.sharingConditions')}: {rule.conditions}
                  </>
                ) : null}
                {rule.consentFrom ? (
                  <>
                    {' '}
                    · {t('detail.sharingConsent')}: {rule.consentFrom}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {decision.consequences || differing.length > 0 ? (
        <>
          <p className="mt-1 text-sm font-medium">{t('detail.consequences')}</p>
          {decision.consequences ? <DecisionText className="text-sm" text={decision.consequences} /> : null}
          {differing.length > 0 ? (
            <ul className="pl-0 text-sm">
              {differing.map((organisation) => (
                <li key={organisation.id}>
                  <span className="font-medium">
                    {t('detail.organisationConsequences', { organisation: organisation.name })}
                  </span>{' '}
                  {organisation.consequences}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {decision.legalBases.length > 0 ? (
        <p className="mt-1 text-sm">
          <span className="font-medium">{t('overview.legalBases')}:</span>{' '}
          {decision.legalBases.map((basis) => basis.title).join('; ')}
        </p>
      ) : null}
      <p className="mt-1 text-sm">
        <span className="font-medium">{t('detail.signOffTitle')}:</span>{' '}
        {decision.organisations
          .map((organisation) => {
            const signOff = decision.signOffs.find((s) => s.organisationCode === organisation.code);
            return `${organisation.code}: ${
              signOff
                ? t('detail.signedBy', {
                    name: signOff.userName ?? '—',
                    date: format.dateTime(new Date(signOff.signedAt), { dateStyle: 'medium' }),
                  })
                : t('detail.notSigned')
            }`;
          })
          .join(' · ')}
      </p>
      {decision.supersedes || decision.supersededBy ? (
        <p className="mt-1 text-sm">
          {decision.supersedes ? (
            <>
              {t('print.supersedes')}: {decision.supersedes.question} ({t(`status.${decision.supersedes.status}`)})
            </>
          ) : null}
          {decision.supersedes && decision.supersededBy ? ' · ' : null}
          {decision.supersededBy ? (
            <>
              {t('print.supersededBy')}: {decision.supersededBy.question} ({t(`status.${decision.supersededBy.status}`)}
              )
            </>
          ) : null}
        </p>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">
        {t('overview.group', { name: decision.groupName })}
        {decision.decidedBy ? (
          <>
            {' '}
            · {t('print.decidedBy')}: {decision.decidedBy}
          </>
        ) : null}
        {decision.decisionDate ? (
          <>
            {' '}
            · {t('print.decisionDate')}: {day(decision.decisionDate)}
          </>
        ) : null}
        {decision.reviewDate ? (
          <>
            {' '}
            · {t('detail.reviewDate')}: {day(decision.reviewDate)}
          </>
        ) : null}
      </p>
    </div>
  );
}

/** The whole framework as one document, laid out for paper. */
export function PrintableFramework({ filters }: { filters: DecisionFilters }) {
  const t = useTranslations('decisions');
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const overview = useQuery(trpc.decisions.printable.queryOptions(filters));
  const bases = useQuery(trpc.decisions.legalBases.list.queryOptions());
  const levels = useQuery(trpc.reference.cooperationLevels.queryOptions());

  if (overview.isPending) return <Loading />;
  if (overview.isError) return <LoadError onRetry={() => overview.refetch()} />;
  const data = overview.data;
  const level = levels.data?.find((l) => l.code === filters.cooperationLevel);
  // The filters in words, as the overview's filter fields name them.
  const applied = describeFilters([
    {
      label: t('filters.group'),
      value: filters.groupId ? (data.groups.find((g) => g.id === filters.groupId)?.name ?? filters.groupId) : null,
    },
    { label: t('filters.outcome'), value: filters.outcome ? t(`outcome.${filters.outcome}`) : null },
    { label: t('filters.status'), value: filters.status ? t(`status.${filters.status}`) : null },
    {
      label: t('filters.legalBasis'),
      value: filters.legalBasisId
        ? (bases.data?.find((b) => b.id === filters.legalBasisId)?.title ?? filters.legalBasisId)
        : null,
    },
    { label: t('filters.tag'), value: filters.tag },
    {
      label: t('filters.cooperationLevel'),
      value: level ? (locale === 'en' ? level.labelEn : level.labelNl) : filters.cooperationLevel,
    },
  ]);

  return (
    <PrintDocument marking={data.marking} printedOn={todayInNetherlands(data.generatedAt)} filters={applied}>
      <article className="mx-auto max-w-3xl bg-white p-8 text-slate-900 print:max-w-none print:p-0">
        <div className="no-print mb-6 flex gap-2">
          <Button onClick={() => window.print()}>{t('print.printNow')}</Button>
          <Link href={`/afwegingskader${decisionFilterQueryString(filters)}`} className={buttonClass('secondary')}>
            {t('print.back')}
          </Link>
        </div>
        <header className="mb-8 border-b-2 border-slate-800 pb-4">
          <h1 className="text-3xl font-semibold">{t('print.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {t('print.generated', {
              date: format.dateTime(data.generatedAt, { dateStyle: 'long', timeStyle: 'short' }),
            })}{' '}
            · {t('overview.count', { count: data.total })}
          </p>
        </header>

        {data.openQuestions.length > 0 ? (
          <section className="mb-8 break-inside-avoid">
            <h2 className="text-xl font-semibold">{t('print.openQuestions')}</h2>
            <ul className="mt-2 list-disc pl-6">
              {data.openQuestions.map((question) => (
                <li key={question.id}>
                  <DecisionText as="span" text={question.question} /> — {t('overview.age', { days: question.ageDays })}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {data.sections.map((section) => (
          <section key={section.level.code} className="mb-10">
            <h2 className="mb-3 border-b border-slate-400 text-2xl font-semibold">
              {locale === 'en' ? section.level.labelEn : section.level.labelNl}
            </h2>
            {section.topics.map((topic) => (
              <div key={topic.topic} className="mb-6">
                <h3 className="mb-2 text-lg font-semibold">{topic.topic}</h3>
                {topic.decisions.map((decision) => (
                  <PrintedDecision key={decision.id} decision={decision} />
                ))}
              </div>
            ))}
          </section>
        ))}

        {data.closed.length > 0 ? (
          <section className="mb-10" data-testid="print-closed">
            <h2 className="mb-1 border-b border-slate-400 text-2xl font-semibold">{t('print.closedTitle')}</h2>
            <p className="mb-3 text-sm text-slate-600">{t('print.closedIntro')}</p>
            {data.closed.map((decision) => (
              <PrintedDecision key={decision.id} decision={decision} />
            ))}
          </section>
        ) : null}
      </article>
    </PrintDocument>
  );
}

'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { decisionFilterQueryString, todayInNetherlands, type DecisionFilters } from '@srw/domain';
import { DecisionText } from '@/components/decisions/decision-text';
import { describeFilters } from '@/components/print/print-css';
import { PrintDocument } from '@/components/print/print-document';
import { Button, buttonClass } from '@/components/ui/button';
import { LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

/** The whole framework as one document, laid out for paper. */
export function PrintableFramework({ filters }: { filters: DecisionFilters }) {
  const t = useTranslations('decisions');
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const overview = useQuery(trpc.decisions.overview.queryOptions(filters));
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
                  <div key={decision.id} className="print-item mb-5 break-inside-avoid">
                    <DecisionText as="h3" className="font-semibold" text={decision.question} />
                    <p className="text-sm">
                      <strong>{t(`outcome.${decision.outcome}`)}</strong> · {t(`status.${decision.status}`)}
                      {decision.reviewNeededAt ? <> · {t('reviewNeeded')}</> : null}
                    </p>
                    <DecisionText className="mt-1 text-sm" text={decision.context} />
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
                    {decision.consequences ? (
                      <>
                        <p className="mt-1 text-sm font-medium">{t('detail.consequences')}</p>
                        <DecisionText className="text-sm" text={decision.consequences} />
                      </>
                    ) : null}
                    {decision.legalBases.length > 0 ? (
                      <p className="mt-1 text-sm">
                        <span className="font-medium">{t('overview.legalBases')}:</span>{' '}
                        {decision.legalBases.map((basis) => basis.title).join('; ')}
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
                          · {t('print.decisionDate')}:{' '}
                          {format.dateTime(new Date(decision.decisionDate), { dateStyle: 'medium' })}
                        </>
                      ) : null}
                    </p>
                  </div>
                ))}
              </div>
            ))}
          </section>
        ))}
      </article>
    </PrintDocument>
  );
}

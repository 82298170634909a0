'use client';

import { useTranslations } from 'next-intl';
import type { DecisionOutcome, DecisionStatus, DecisionTestResult } from '@srw/domain';
import { Badge } from '@/components/ui/badge';

const outcomeTone = {
  ALLOWED: 'success',
  ALLOWED_WITH_CONDITIONS: 'info',
  NOT_ALLOWED: 'danger',
  UNCLEAR: 'warning',
} as const;

const statusTone = {
  concept: 'neutral',
  voorgesteld: 'info',
  vastgesteld: 'success',
  vervangen: 'neutral',
  ingetrokken: 'danger',
} as const;

export function OutcomeBadge({ outcome }: { outcome: DecisionOutcome }) {
  const t = useTranslations('decisions.outcome');
  return (
    <Badge tone={outcomeTone[outcome]}>
      <span className="sr-only">{t('label')}: </span>
      {t(outcome)}
    </Badge>
  );
}

export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  const t = useTranslations('decisions.status');
  return (
    <Badge tone={statusTone[status]}>
      <span className="sr-only">{t('label')}: </span>
      {t(status)}
    </Badge>
  );
}

export function ReviewNeededBadge() {
  const t = useTranslations('decisions');
  return <Badge tone="warning">{t('reviewNeeded')}</Badge>;
}

export function TestResultBadge({ result }: { result: DecisionTestResult }) {
  const t = useTranslations('decisions');
  return <Badge tone={result === 'HELD' ? 'success' : 'danger'}>{t(`testResult.${result}`)}</Badge>;
}

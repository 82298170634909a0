'use client';

import { useTranslations } from 'next-intl';
import type { RecommendationStatus } from '@srw/domain';
import { Badge } from '@/components/ui/badge';

const statusTone: Record<RecommendationStatus, 'neutral' | 'info' | 'success' | 'warning' | 'danger'> = {
  voorgesteld: 'neutral',
  aanvaard: 'info',
  in_uitvoering: 'info',
  uitgevoerd: 'success',
  geverifieerd: 'success',
  niet_aanvaard: 'danger',
  vervallen: 'neutral',
};

export function RecommendationStatusBadge({ status }: { status: RecommendationStatus }) {
  const t = useTranslations('recommendations.status');
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

export function OverdueBadge() {
  const t = useTranslations('recommendations');
  return <Badge tone="danger">{t('overdue')}</Badge>;
}

export function PriorityBadge() {
  const t = useTranslations('recommendations');
  return <Badge tone="warning">{t('priority')}</Badge>;
}

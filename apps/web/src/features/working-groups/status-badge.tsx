'use client';

import { useTranslations } from 'next-intl';
import type { WorkingGroupStatus } from '@srw/domain';
import { Badge } from '@/components/ui/badge';

export function WorkingGroupStatusBadge({ status }: { status: WorkingGroupStatus }) {
  const t = useTranslations('workingGroups.status');
  const tone = status === 'actief' ? 'success' : status === 'afgerond' ? 'info' : 'neutral';
  return <Badge tone={tone}>{t(status)}</Badge>;
}

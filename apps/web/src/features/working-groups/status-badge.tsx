'use client';

import { useTranslations } from 'next-intl';
import type { WorkingGroupStatus } from '@srw/domain';
import { Badge } from '@/components/ui/badge';

const tones = { actief: 'success', afgerond: 'info', gearchiveerd: 'neutral' } as const satisfies Record<
  WorkingGroupStatus,
  string
>;

export function WorkingGroupStatusBadge({ status }: { status: WorkingGroupStatus }) {
  const t = useTranslations('workingGroups.status');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}

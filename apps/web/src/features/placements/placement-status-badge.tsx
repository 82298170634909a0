'use client';

import { useTranslations } from 'next-intl';
import type { PlacementStatus } from '@srw/domain';
import { Badge } from '@/components/ui/badge';

const tones = {
  voorgesteld: 'warning',
  goedgekeurd: 'info',
  actief: 'success',
  afgerond: 'neutral',
  afgebroken: 'danger',
} as const;

export function PlacementStatusBadge({ status }: { status: PlacementStatus }) {
  const t = useTranslations('placements.status');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}

/** Bar colours on the timeline, one per status (with the legend using the same). */
export const statusBarClass: Record<PlacementStatus, string> = {
  voorgesteld: 'bg-amber-200 text-amber-950 ring-amber-500',
  goedgekeurd: 'bg-sky-200 text-sky-950 ring-sky-600',
  actief: 'bg-green-700 text-white ring-green-900',
  afgerond: 'bg-slate-300 text-slate-900 ring-slate-500',
  afgebroken: 'bg-red-200 text-red-950 ring-red-600',
};

'use client';

import { useTranslations } from 'next-intl';
import type { ExerciseStatus, InjectDeliveryStatus, Rating, ScenarioStatus } from '@srw/domain';
import { Badge } from '@/components/ui/badge';

const scenarioTones = { concept: 'neutral', gereed: 'success', gearchiveerd: 'warning' } as const;
const exerciseTones = {
  gepland: 'info',
  in_voorbereiding: 'info',
  uitgevoerd: 'success',
  geevalueerd: 'success',
  geannuleerd: 'danger',
} as const;
const ratingTones = { P: 'success', S: 'info', M: 'warning', U: 'danger' } as const;

export function ScenarioStatusBadge({ status }: { status: ScenarioStatus }) {
  const t = useTranslations('scenarios.status');
  return <Badge tone={scenarioTones[status]}>{t(status)}</Badge>;
}

export function ExerciseStatusBadge({ status }: { status: ExerciseStatus }) {
  const t = useTranslations('scenarios.exerciseStatus');
  return <Badge tone={exerciseTones[status]}>{t(status)}</Badge>;
}

/** The rating letter with its meaning for screen readers and on hover. */
export function RatingBadge({ rating }: { rating: Rating | null }) {
  const t = useTranslations('scenarios.rating');
  if (!rating) return <Badge>{t('none')}</Badge>;
  return (
    <Badge tone={ratingTones[rating]}>
      <abbr title={t(rating)} className="no-underline">
        {rating}
      </abbr>
      <span className="sr-only"> – {t(rating)}</span>
    </Badge>
  );
}

const deliveryTones = { planned: 'neutral', delivered: 'success', delayed: 'warning', skipped: 'danger' } as const;

/** Where an inject stands on the exercise day. */
export function DeliveryBadge({ status }: { status: InjectDeliveryStatus }) {
  const t = useTranslations('scenarios.conduct.delivery');
  return <Badge tone={deliveryTones[status]}>{t(status)}</Badge>;
}

import { useTranslations } from 'next-intl';
import type { GlossaryTermStatus } from '@srw/domain';
import { Badge } from '@/components/ui/badge';

const tones = {
  in_bewerking: 'neutral',
  voorgesteld: 'info',
  vastgesteld: 'success',
  vervangen: 'warning',
  vervallen: 'danger',
} as const;

export function GlossaryStatusBadge({ status }: { status: GlossaryTermStatus }) {
  const t = useTranslations('glossary.status');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}

export function DivergentBadge() {
  const t = useTranslations('glossary');
  return (
    <Badge tone="warning">
      <span aria-hidden className="mr-1">
        ⚠
      </span>
      {t('divergentBadge')}
    </Badge>
  );
}

/** The review date has passed (`isGlossaryReviewOverdue`, against today in the Netherlands). */
export function ReviewOverdueBadge() {
  const t = useTranslations('glossary');
  return (
    <Badge tone="warning">
      <span aria-hidden className="mr-1">
        ⏰
      </span>
      {t('reviewOverdueBadge')}
    </Badge>
  );
}

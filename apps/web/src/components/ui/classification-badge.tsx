'use client';

import { useTranslations } from 'next-intl';
import type { Classification } from '@srw/domain';
import { Badge } from './badge';

/** Every page shows the marking of what it displays. */
export function ClassificationBadge({ value }: { value: Classification }) {
  const t = useTranslations('classification');
  return (
    <Badge tone={value === 'ONGERUBRICEERD' ? 'neutral' : 'warning'}>
      <span className="sr-only">{t('label')}: </span>
      {t(value)}
    </Badge>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { calendarDateInNetherlands, clockTimeInNetherlands, type InjectOrder } from '@srw/domain';
import { buttonClass } from '@/components/ui/button';

/** The planned clock time in the Netherlands ("10:30"), with the day when it is not the start day. */
export function PlannedClock({ startsAt, plannedAt }: { startsAt: Date; plannedAt: Date }) {
  const day = calendarDateInNetherlands(plannedAt);
  const otherDay = day !== calendarDateInNetherlands(startsAt);
  return (
    <time dateTime={plannedAt.toISOString()}>
      {otherDay ? `${day.slice(8, 10)}-${day.slice(5, 7)} ` : ''}
      {clockTimeInNetherlands(plannedAt)}
    </time>
  );
}

/** The actual clock time in the Netherlands, or a dash. */
export function ActualClock({ at }: { at: Date | null }) {
  return at ? <time dateTime={at.toISOString()}>{clockTimeInNetherlands(at)}</time> : <>–</>;
}

/** Order of the MSEL (planners' order or time) and the links to the exercise-day pages and printables. */
export function InjectToolbar({
  exerciseId,
  order,
  onOrder,
}: {
  exerciseId: string;
  order: InjectOrder;
  onOrder: (order: InjectOrder) => void;
}) {
  const t = useTranslations('scenarios.injects');
  return (
    <div className="mb-3 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={`inject-order-${exerciseId}`} className="block text-sm font-medium text-slate-800">
          {t('order')}
        </label>
        <select
          id={`inject-order-${exerciseId}`}
          className="mt-1 rounded border border-slate-400 bg-white px-2 py-1 text-sm"
          value={order}
          onChange={(e) => onOrder(e.target.value === 'time' ? 'time' : 'position')}
        >
          <option value="position">{t('orderPosition')}</option>
          <option value="time">{t('orderTime')}</option>
        </select>
      </div>
      <Link href={`/oefeningen/${exerciseId}/injectkaarten`} className={buttonClass('secondary', 'sm')}>
        {t('cardsLink')}
      </Link>
      <Link
        href={`/oefeningen/${exerciseId}/draaiboek?volgorde=${order === 'time' ? 'tijd' : 'draaiboek'}`}
        className={buttonClass('secondary', 'sm')}
      >
        {t('controllerMselLink')}
      </Link>
    </div>
  );
}

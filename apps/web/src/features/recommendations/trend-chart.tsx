'use client';

import { useLocale, useTranslations } from 'next-intl';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '@srw/domain';
import { monthLabel } from './month-label';

/** Open versus implemented at each month's end; the table below the chart carries the same figures for screen readers. */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const t = useTranslations('dashboard');
  const locale = useLocale();
  return (
    <figure>
      <div aria-hidden className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {/* Every month gets its label; slanted so twelve or more fit side by side. */}
            <XAxis
              dataKey="month"
              interval={0}
              angle={-35}
              textAnchor="end"
              height={56}
              tickFormatter={(month: string) => monthLabel(month, locale, 'short')}
            />
            <YAxis allowDecimals={false} />
            <Tooltip labelFormatter={(month) => monthLabel(String(month), locale)} />
            <Legend />
            <Line
              type="monotone"
              dataKey="open"
              name={t('chartOpen')}
              stroke="#b45309"
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="implemented"
              name={t('chartImplemented')}
              stroke="#15803d"
              strokeWidth={2}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{t('trend')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('month')}</th>
            <th scope="col">{t('chartOpen')}</th>
            <th scope="col">{t('chartImplemented')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{monthLabel(p.month, locale)}</th>
              <td>{p.open}</td>
              <td>{p.implemented}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

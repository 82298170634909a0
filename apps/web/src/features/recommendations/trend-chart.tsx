'use client';

import { useTranslations } from 'next-intl';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '@srw/domain';

/** Open versus implemented at each month's end; the table below the chart carries the same figures for screen readers. */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const t = useTranslations('dashboard');
  return (
    <figure>
      <div aria-hidden className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis allowDecimals={false} />
            <Tooltip />
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
            <th scope="col">month</th>
            <th scope="col">{t('chartOpen')}</th>
            <th scope="col">{t('chartImplemented')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{p.month}</th>
              <td>{p.open}</td>
              <td>{p.implemented}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

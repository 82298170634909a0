'use client';

import { useTranslations } from 'next-intl';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** One line on a radar: the key of its value in each point, and its legend label. */
export interface RadarSeries {
  key: string;
  label: string;
}

export type RadarPoint = { axis: string } & Record<string, number | string | null>;

const seriesColours = [
  { stroke: '#1d4ed8', fill: '#3b82f6' },
  { stroke: '#4d7c0f', fill: '#84cc16' },
  { stroke: '#64748b', fill: '#94a3b8' },
  { stroke: '#b45309', fill: '#f59e0b' },
];

/** Several lines on one radar (two rounds, or two organisations); the figures are also in the tables beside the charts. */
export function ScanRadar({ points, series }: { points: RadarPoint[]; series: RadarSeries[] }) {
  return (
    <div aria-hidden className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart accessibilityLayer={false} data={points} outerRadius="70%">
          <PolarGrid />
          <PolarAngleAxis dataKey="axis" tick={{ fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} />
          {series.map((s, index) => {
            const colour = seriesColours[index % seriesColours.length] ?? seriesColours[0];
            return (
              <Radar
                key={s.key}
                name={s.label}
                dataKey={s.key}
                stroke={colour?.stroke}
                fill={colour?.fill}
                fillOpacity={0.3}
                isAnimationActive={false}
              />
            );
          })}
          <Legend />
          <Tooltip />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}

const categoryColours: Record<string, string> = { '1': '#1d4ed8', '2': '#15803d', '3': '#b45309', '4': '#7c3aed' };

export function CategoryTrend({
  rows,
}: {
  rows: { assessedOn: string; categoryId: string; average: number | null }[];
}) {
  const t = useTranslations('recommendations.category');
  const byDate = new Map<string, Record<string, number | string | null>>();
  for (const row of rows) {
    const entry = byDate.get(row.assessedOn) ?? { date: row.assessedOn };
    entry[row.categoryId] = row.average;
    byDate.set(row.assessedOn, entry);
  }
  const data = [...byDate.values()];
  const categories = [...new Set(rows.map((r) => r.categoryId))].sort();
  return (
    <div aria-hidden className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" />
          <YAxis domain={[0, 5]} allowDecimals={false} />
          <Tooltip />
          <Legend />
          {categories.map((c) => (
            <Line
              key={c}
              type="monotone"
              dataKey={c}
              name={t(c)}
              stroke={categoryColours[c] ?? '#334155'}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { TrendPoint } from '@srw/domain';
import { monthLabel } from './month-label';
import { valueTicks } from './trend-ticks';

const WIDTH = 720;
const HEIGHT = 288;
const MARGIN = { top: 12, right: 20, bottom: 64, left: 44 };
const SERIES = [
  { key: 'open', colour: '#b45309', label: 'chartOpen' },
  { key: 'implemented', colour: '#15803d', label: 'chartImplemented' },
] as const;

/**
 * Open versus implemented at each month's end, drawn as plain SVG (no chart
 * library in the page's JavaScript). The drawing is hidden from screen readers;
 * the table below it carries the same figures. Each point names its month and
 * value on hover.
 */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const t = useTranslations('dashboard');
  const locale = useLocale();
  const ticks = valueTicks(Math.max(0, ...points.flatMap((p) => [p.open, p.implemented])));
  const top = ticks[ticks.length - 1] ?? 1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number) =>
    MARGIN.left + (points.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;

  return (
    <figure>
      <div aria-hidden className="w-full">
        <svg className="trend-chart h-72 w-full" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="presentation">
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={WIDTH - MARGIN.right}
                y1={y(tick)}
                y2={y(tick)}
                stroke="#cbd5e1"
                strokeDasharray="3 3"
              />
              <text
                x={MARGIN.left - 8}
                y={y(tick)}
                textAnchor="end"
                dominantBaseline="middle"
                className="fill-slate-600 text-xs"
              >
                {tick}
              </text>
            </g>
          ))}
          {points.map((p, index) => (
            <text
              key={p.month}
              className="trend-chart-month fill-slate-600 text-xs"
              textAnchor="end"
              transform={`translate(${x(index)} ${HEIGHT - MARGIN.bottom + 14}) rotate(-35)`}
            >
              {monthLabel(p.month, locale, 'short')}
            </text>
          ))}
          {SERIES.map((series) => (
            <g key={series.key}>
              <polyline
                fill="none"
                stroke={series.colour}
                strokeWidth={2}
                points={points.map((p, index) => `${x(index)},${y(p[series.key])}`).join(' ')}
              />
              {points.map((p, index) => (
                <circle key={p.month} cx={x(index)} cy={y(p[series.key])} r={3.5} fill={series.colour}>
                  <title>{`${monthLabel(p.month, locale)}: ${t(series.label)} ${p[series.key]}`}</title>
                </circle>
              ))}
            </g>
          ))}
        </svg>
        <div className="mt-1 flex justify-center gap-6 text-sm text-slate-700">
          {SERIES.map((series) => (
            <span key={series.key} className="inline-flex items-center gap-2">
              <span className="inline-block h-0.5 w-5" style={{ backgroundColor: series.colour }} />
              {t(series.label)}
            </span>
          ))}
        </div>
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

import { useQuery } from '@apollo/client/react';
import type { ThemeSlug } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/language';
import { ErrorNotice, Loading } from '../../../ui/States';
import { Table } from '../../../ui/Table';
import { type Figure, formatFigure } from '../figures';
import { CoverageDashboardQuery } from '../graphql/coverageDashboard.query';
import { overviewMessages } from '../messages';
import styles from './Overview.module.css';

const MONTHS = 12;
const TOTAL_FIGURES: Figure[] = ['initiatives', 'fundsServing', 'fundingRequested', 'fundingCommitted', 'tables', 'openCommitments'];

/** The alliance's (or one organisation's) totals per theme, each with a bar, and the trend of the last 12 months. */
export function CoverageDashboard({ theme, organisationId }: { theme: ThemeSlug | null; organisationId: string | null }) {
  const m = useMessages(overviewMessages);
  const { t } = useLanguage();
  const query = useQuery(CoverageDashboardQuery, { variables: { theme, months: MONTHS, organisationId } });
  const data = query.data ?? query.previousData;
  if (!data) return query.error ? <ErrorNotice message={m.failed} onRetry={() => void query.refetch()} /> : <Loading />;
  const totals = data.coverageTotals;
  const trend = data.coverageTrend;
  const max = (figure: Figure) => Math.max(1, ...totals.map((row) => row[figure as keyof (typeof totals)[number]] as number));
  const monthFormat = new Intl.DateTimeFormat(t.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const themeName = totals.find((row) => row.theme === theme)?.name ?? '';

  return (
    <div className={styles.dashboard}>
      <p className={styles.muted}>{m.totalsLead}</p>
      <Table label={m.totalsTitle}>
        <thead>
          <tr>
            <th scope="col">{m.theme}</th>
            {TOTAL_FIGURES.map((figure) => (
              <th key={figure} scope="col">
                {m.shortFigures[figure]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.theme} aria-current={row.theme === theme ? 'true' : undefined}>
              <th scope="row">{row.name}</th>
              {TOTAL_FIGURES.map((figure) => {
                const value = row[figure as keyof typeof row] as number;
                return (
                  <td key={figure} className={styles.barCell}>
                    <span className={styles.bar} style={{ width: `${(100 * value) / max(figure)}%` }} aria-hidden="true" />
                    <span className={styles.barValue}>{formatFigure(figure, value, t.locale)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>

      <h3 className={styles.h3}>{m.trendTitle}</h3>
      <p className={styles.muted}>{m.trendLead(MONTHS)}</p>
      <TrendChart
        label={m.chartLabel(themeName)}
        points={trend.map((month) => ({
          label: monthFormat.format(new Date(`${month.month}T00:00:00Z`)),
          value: month.initiativesPublished,
        }))}
      />
      <Table label={m.trendTitle}>
        <thead>
          <tr>
            <th scope="col">{m.month}</th>
            <th scope="col">{m.initiativesPublished}</th>
            <th scope="col">{m.figures.fundingCommitted}</th>
            <th scope="col">{m.tablesScheduled}</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((month) => (
            <tr key={month.month}>
              <th scope="row">{monthFormat.format(new Date(`${month.month}T00:00:00Z`))}</th>
              <td className={styles.number}>{formatFigure('initiatives', month.initiativesPublished, t.locale)}</td>
              <td className={styles.number}>{formatFigure('fundingCommitted', month.fundingCommitted, t.locale)}</td>
              <td className={styles.number}>{formatFigure('tables', month.tablesScheduled, t.locale)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** A small bar chart; the table beside it holds the same numbers for screen readers, so the chart is an image with a name. */
function TrendChart({ label, points }: { label: string; points: { label: string; value: number }[] }) {
  const width = 600;
  const height = 140;
  const max = Math.max(1, ...points.map((point) => point.value));
  const step = width / Math.max(1, points.length);
  return (
    <svg className={styles.chart} viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={label}>
      {points.map((point, i) => {
        const h = (height * point.value) / max;
        return (
          <g key={point.label}>
            <rect x={i * step + step * 0.15} y={height - h} width={step * 0.7} height={h} fill="#2f6fb0" />
            <text x={i * step + step / 2} y={height - h - 3} textAnchor="middle" fontSize="11" fill="#1c2430">
              {point.value}
            </text>
            <text x={i * step + step / 2} y={height + 14} textAnchor="middle" fontSize="10" fill="#4a5566">
              {point.label.split(' ')[0]}
            </text>
          </g>
        );
      })}
      <line x1="0" x2={width} y1={height} y2={height} stroke="#4a5566" />
    </svg>
  );
}

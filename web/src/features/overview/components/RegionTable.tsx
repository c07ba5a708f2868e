import { memo, useMemo } from 'react';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Table } from '../../../ui/Table';
import { FIGURES, type Figure, formatFigure, type RegionFigures } from '../figures';
import { overviewMessages } from '../messages';
import styles from './Overview.module.css';

export type SortKey = 'name' | 'population' | Figure;
export type SortOrder = 'ascending' | 'descending';

export function sortRegions(rows: RegionFigures[], key: SortKey, order: SortOrder, locale: string): RegionFigures[] {
  const collator = new Intl.Collator(locale);
  const sign = order === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const by = key === 'name' ? collator.compare(a.name, b.name) : a[key] - b[key];
    return by !== 0 ? sign * by : collator.compare(a.name, b.name);
  });
}

/** Every figure of every region; each column sorts (click again to turn the order round). */
export const RegionTable = memo(function RegionTable({
  rows,
  sort,
  order,
  onSort,
  onSelect,
}: {
  rows: RegionFigures[];
  sort: SortKey;
  order: SortOrder;
  onSort(key: SortKey): void;
  onSelect(code: string): void;
}) {
  const m = useMessages(overviewMessages);
  const { t } = useLanguage();
  const sorted = useMemo(() => sortRegions(rows, sort, order, t.locale), [rows, sort, order, t.locale]);
  const columns: { key: SortKey; label: string }[] = [
    { key: 'name', label: m.region },
    { key: 'population', label: m.population },
    ...FIGURES.map(({ figure }) => ({ key: figure, label: m.shortFigures[figure] })),
  ];
  return (
    <Table label={m.tableTitle}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" aria-sort={sort === column.key ? order : undefined}>
              <button type="button" className={styles.sortButton} onClick={() => onSort(column.key)}>
                {column.label}
                <span aria-hidden="true">{sort === column.key ? (order === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
          <th scope="col">{m.gap}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.code} data-code={row.code}>
            <th scope="row">
              <button type="button" className={styles.linkButton} onClick={() => onSelect(row.code)}>
                {row.name}
              </button>
            </th>
            <td className={styles.number}>{new Intl.NumberFormat(t.locale).format(row.population)}</td>
            {FIGURES.map(({ figure }) => (
              <td key={figure} className={styles.number}>
                {formatFigure(figure, row[figure], t.locale)}
              </td>
            ))}
            <td>{row.gap ? m.yes : ''}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
});

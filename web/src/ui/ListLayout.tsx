import { type ReactNode, useState } from 'react';
import { Button } from './Button';
import styles from './ListLayout.module.css';

interface ListLayoutProps {
  filtersTitle: string;
  /** How many filters are set, shown on the folded panel. */
  activeFilters?: number;
  filters: ReactNode;
  children: ReactNode;
}

/** Filters beside the results on a wide screen; on a phone they fold away above the results. */
export function ListLayout({ filtersTitle, activeFilters = 0, filters, children }: ListLayoutProps) {
  const [open] = useState(() => typeof window === 'undefined' || window.matchMedia('(min-width: 56rem)').matches);
  return (
    <div className={styles.layout}>
      <details className={styles.filters} open={open}>
        <summary>{activeFilters > 0 ? `${filtersTitle} (${activeFilters})` : filtersTitle}</summary>
        <div className={styles.filterBody}>{filters}</div>
      </details>
      <div className={styles.results}>{children}</div>
    </div>
  );
}

/** Under a list's filters once any is set: clears them all (and the paging). */
export function ClearFilters({ active, onClear, label }: { active: number; onClear(): void; label: string }) {
  if (active <= 0) return null;
  return (
    <div>
      <Button variant="quiet" onClick={onClear}>
        {label}
      </Button>
    </div>
  );
}

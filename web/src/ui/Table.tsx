import type { ReactNode } from 'react';
import styles from './Table.module.css';

/** A data table; on a narrow screen it scrolls inside its own focusable box (so keyboards can scroll it too). */
export function Table({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className={styles.wrap} aria-label={label} tabIndex={0}>
      <table className={styles.table}>{children}</table>
    </section>
  );
}

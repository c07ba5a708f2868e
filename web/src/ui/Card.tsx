import type { ReactNode } from 'react';
import styles from './Card.module.css';

export function Card({ children, as: Tag = 'div' }: { children: ReactNode; as?: 'div' | 'article' | 'section' | 'li' }) {
  return <Tag className={styles.card}>{children}</Tag>;
}

export function CardList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className={styles.list} aria-label={label}>
      {children}
    </ul>
  );
}

/** A box of related content on a page, with a heading. */
export function Panel({ title, children, actions, id }: { title: string; children: ReactNode; actions?: ReactNode; id?: string }) {
  const headingId = id ?? `panel-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <div className={styles.panelHead}>
        <h2 id={headingId}>{title}</h2>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {children}
    </section>
  );
}

import { type ReactNode, useEffect } from 'react';
import styles from './Page.module.css';

interface PageProps {
  title: string;
  /** Small line above the title, e.g. the kind of thing. */
  eyebrow?: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  /** Breadcrumb-like link back, above the title. */
  back?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

/** One page: sets the document title, has exactly one h1. */
export function Page({ title, eyebrow, lead, actions, back, children, wide = false }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Koppel`;
  }, [title]);
  return (
    <div className={`${styles.page} ${wide ? styles.wide : ''}`}>
      {back && <div className={styles.back}>{back}</div>}
      <div className={styles.head}>
        <div className={styles.titles}>
          {eyebrow && <div className={styles.eyebrow}>{eyebrow}</div>}
          <h1>{title}</h1>
          {lead && <div className={styles.lead}>{lead}</div>}
        </div>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {children}
    </div>
  );
}

/** A row of form buttons. */
export function Actions({ children }: { children: ReactNode }) {
  return <div className={styles.formActions}>{children}</div>;
}

/** The usual vertical rhythm of a form. */
export function FormStack({ children }: { children: ReactNode }) {
  return <div className={styles.stack}>{children}</div>;
}

/** Definition list of facts (label: value). */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className={styles.facts}>
      {items
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

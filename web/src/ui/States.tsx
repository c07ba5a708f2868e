import type { ReactNode } from 'react';
import { useMessages } from '../i18n/language';
import { Button } from './Button';
import { uiMessages } from './messages';
import styles from './States.module.css';

/** While a query runs. Announced politely, once. */
export function Loading({ label }: { label?: string }) {
  const m = useMessages(uiMessages);
  return (
    <p className={styles.loading} role="status">
      <span className={styles.spinner} aria-hidden="true" />
      {label ?? m.loading}
    </p>
  );
}

/** A query failed: say so and offer to try again. */
export function ErrorNotice({ message, onRetry, retryLabel }: { message?: string; onRetry?(): void; retryLabel?: string }) {
  const m = useMessages(uiMessages);
  return (
    <div className={styles.error} role="alert">
      <p>{message ?? m.loadFailed}</p>
      {onRetry && <Button onClick={onRetry}>{retryLabel ?? m.retry}</Button>}
    </div>
  );
}

/** Nothing to show (yet), and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>{title}</p>
      {children}
    </div>
  );
}

/** A success or information message inside the page (toasts are for passing news). */
export function Notice({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' | 'warning' }) {
  return <div className={`${styles.notice} ${styles[tone]}`}>{children}</div>;
}

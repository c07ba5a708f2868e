import type { ReactNode } from 'react';
import styles from './Tag.module.css';

export type TagTone = 'neutral' | 'primary' | 'draft' | 'success' | 'muted' | 'theme';

export function Tag({ tone = 'neutral', children }: { tone?: TagTone; children: ReactNode }) {
  return <span className={`${styles.tag} ${styles[tone]}`}>{children}</span>;
}

export function TagList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className={styles.list} aria-label={label}>
      {children}
    </ul>
  );
}

export function TagItem({ tone, children }: { tone?: TagTone; children: ReactNode }) {
  return (
    <li>
      <Tag tone={tone}>{children}</Tag>
    </li>
  );
}

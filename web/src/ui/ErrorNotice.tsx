import { Button } from './Button';
import styles from './ErrorNotice.module.css';

interface ErrorNoticeProps {
  message: string;
  retryLabel: string;
  onRetry(): void;
}

export function ErrorNotice({ message, retryLabel, onRetry }: ErrorNoticeProps) {
  return (
    <div className={styles.notice} role="alert">
      <p>{message}</p>
      <Button onClick={onRetry}>{retryLabel}</Button>
    </div>
  );
}

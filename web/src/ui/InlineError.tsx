import styles from './InlineError.module.css';

/** A short problem shown where it happened (an action's or one field's answer), announced at once. Nothing without a message. */
export function InlineError({ message }: { message?: string | null | false }) {
  if (!message) return null;
  return (
    <p role="alert" className={styles.error}>
      {message}
    </p>
  );
}

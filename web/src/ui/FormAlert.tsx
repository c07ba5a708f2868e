import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/language';
import type { Problems } from './form';
import { uiMessages } from './messages';
import styles from './States.module.css';

interface FormAlertProps {
  problems: Problems;
  /** Fields the form shows itself; problems with other fields are listed here so none goes unseen. */
  placed: readonly string[];
  /** Names for the listed fields, when a field is not on this form. */
  labels?: Record<string, string>;
}

/** Above a form's buttons: the API's message and any field problem the form cannot show at a field. Takes focus. */
export function FormAlert({ problems, placed, labels = {} }: FormAlertProps) {
  const m = useMessages(uiMessages);
  const ref = useRef<HTMLDivElement>(null);
  const unplaced = Object.entries(problems.fields).filter(([field]) => !placed.includes(field));
  const shown = Boolean(problems.message) || unplaced.length > 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new answer from the API takes focus again, even when it reads the same
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, problems]);

  if (!shown) return null;
  const fieldCount = Object.keys(problems.fields).length;
  return (
    <div ref={ref} className={styles.error} role="alert" tabIndex={-1}>
      <div>
        <p>{problems.message ?? m.formProblem}</p>
        {fieldCount > 0 && problems.message && <p className={styles.sub}>{m.formProblem}</p>}
        {unplaced.length > 0 && (
          <ul>
            {unplaced.map(([field, message]) => (
              <li key={field}>
                {labels[field] ?? field}: {message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

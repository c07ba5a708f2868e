import { useMessages } from '../../../i18n/language';
import { tableMessages } from '../messages';
import styles from './tables.module.css';

/** Where the organiser is in the planning wizard (1–4). */
export function WizardSteps({ current }: { current: number }) {
  const m = useMessages(tableMessages);
  return (
    <ol className={styles.steps} aria-label={m.newTitle}>
      {m.steps.map((label, index) => (
        <li key={label} aria-current={index + 1 === current ? 'step' : undefined}>
          {index + 1}. {label}
        </li>
      ))}
    </ol>
  );
}

import { useLanguage, useMessages } from '../../../i18n/language';
import { matchingMessages } from '../messages';
import styles from './ReasonBars.module.css';

export interface Reason {
  criterion: string;
  points: number;
  maxPoints: number;
  explanation: string;
}

/**
 * Why a match scores what it does: per criterion its points of the points it is worth, as a bar and in words.
 * The bar is decoration; the numbers and the sentence carry the meaning.
 */
export function ReasonBars({ reasons, label, compact = false }: { reasons: readonly Reason[]; label: string; compact?: boolean }) {
  const m = useMessages(matchingMessages);
  const { t } = useLanguage();
  // Tenths are enough to compare criteria; the score itself keeps the API's hundredths.
  const format = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 }).format;
  return (
    <ul className={`${styles.reasons} ${compact ? styles.compact : ''}`} aria-label={label}>
      {reasons.map((reason) => {
        const fill = reason.maxPoints > 0 ? Math.min(100, (100 * reason.points) / reason.maxPoints) : 0;
        return (
          <li key={reason.criterion} className={styles.reason}>
            <span className={styles.criterion}>{m.criteria[reason.criterion] ?? reason.criterion}</span>
            <span className={styles.points}>{m.pointsOf(format(reason.points), format(reason.maxPoints))}</span>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.fill} style={{ width: `${fill}%` }} />
            </span>
            <span className={styles.explanation}>{reason.explanation}</span>
          </li>
        );
      })}
    </ul>
  );
}

import { MATCH_CRITERIA, type MatchCriterion, type MatchWeightValues } from '@koppel/rules';
import { useId } from 'react';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { matchingMessages } from '../messages';
import styles from './WeightSliders.module.css';

/** The sliders' range; a saved weight above it (the fund profile allows up to 1000) widens it. */
const MAX_WEIGHT = 60;

interface WeightSlidersProps {
  weights: MatchWeightValues;
  onChange(weights: MatchWeightValues): void;
  changed: boolean;
  /** Absent: the viewer may not change the fund's defaults. */
  onSave?(): void;
  saving?: boolean;
  onReset(): void;
}

/** Native range inputs: keyboard operable as they are, each with a visible label and its value read out in words. */
export function WeightSliders({ weights, onChange, changed, onSave, saving = false, onReset }: WeightSlidersProps) {
  const m = useMessages(matchingMessages);
  const id = useId();
  const total = MATCH_CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);
  const share = (criterion: MatchCriterion) => (total > 0 ? String(Math.round((100 * weights[criterion]) / total)) : '0');
  return (
    <fieldset className={styles.sliders}>
      <legend className={styles.legend}>{m.weightsTitle}</legend>
      <p className={styles.hint}>{m.weightsHint}</p>
      {MATCH_CRITERIA.map((criterion) => {
        const label = m.criteria[criterion] ?? criterion;
        const inputId = `${id}-${criterion}`;
        return (
          <div key={criterion} className={styles.slider}>
            <label htmlFor={inputId} className={styles.label}>
              {label}
            </label>
            <output htmlFor={inputId} className={styles.value} aria-hidden="true">
              {weights[criterion]} · {m.weightShare(share(criterion))}
            </output>
            <input
              id={inputId}
              type="range"
              name={`weight-${criterion}`}
              min={0}
              max={Math.max(MAX_WEIGHT, weights[criterion])}
              step={1}
              value={weights[criterion]}
              aria-valuetext={m.weightValue(label, weights[criterion], share(criterion))}
              onChange={(event) => onChange({ ...weights, [criterion]: Number(event.target.value) })}
            />
          </div>
        );
      })}
      {total <= 0 && (
        <p className={styles.warning} role="alert">
          {m.allZero}
        </p>
      )}
      {changed && total > 0 && <p className={styles.hint}>{m.unsaved}</p>}
      <div className={styles.actions}>
        {onSave && (
          <Button variant="primary" onClick={onSave} busy={saving} disabled={!changed || total <= 0}>
            {m.saveDefault}
          </Button>
        )}
        <Button variant="quiet" onClick={onReset} disabled={!changed}>
          {m.reset}
        </Button>
      </div>
    </fieldset>
  );
}

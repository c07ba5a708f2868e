import { useId } from 'react';
import styles from './Field.module.css';
import { FieldError } from './FieldError';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  hint?: string;
  error?: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange(value: T[]): void;
}

/** Several choices out of a few (themes, target groups, kinds): a fieldset of checkboxes. */
export function CheckboxGroup<T extends string>({ legend, hint, error, name, options, value, onChange }: CheckboxGroupProps<T>) {
  const id = useId();
  const toggle = (option: T, checked: boolean) =>
    onChange(checked ? options.map((o) => o.value).filter((v) => v === option || value.includes(v)) : value.filter((v) => v !== option));
  return (
    <fieldset
      className={`${styles.field} ${error ? styles.invalidGroup : ''}`}
      aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}
    >
      <legend className={styles.label}>{legend}</legend>
      {hint && (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option.value} className={styles.check}>
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/** One yes/no choice. */
export function Checkbox({
  label,
  checked,
  onChange,
  name,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  name: string;
}) {
  return (
    <label className={styles.check}>
      <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

import { type FormEvent, useEffect, useId, useState } from 'react';
import fieldStyles from './Field.module.css';
import styles from './SearchBox.module.css';

interface SearchBoxProps {
  label: string;
  hint?: string;
  buttonLabel: string;
  value: string;
  onSearch(value: string): void;
}

/** A search field that searches on Enter or its button; the address keeps the term. */
export function SearchBox({ label, hint, buttonLabel, value, onSearch }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  // The term can change from outside (back button, a link): follow it.
  useEffect(() => setText(value), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <search>
      <form className={fieldStyles.field} onSubmit={submit}>
        <label className={fieldStyles.label} htmlFor={id}>
          {label}
        </label>
        {hint && (
          <p className={fieldStyles.hint} id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <div className={styles.row}>
          <input
            id={id}
            className={fieldStyles.control}
            type="search"
            name="q"
            autoComplete="off"
            aria-describedby={hint ? `${id}-hint` : undefined}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className={styles.button}>
            {buttonLabel}
          </button>
        </div>
      </form>
    </search>
  );
}

import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { useMessages } from '../i18n/language';
import fieldStyles from './Field.module.css';
import { describedBy, FieldError } from './FieldError';
import styles from './MultiSelect.module.css';
import { uiMessages } from './messages';

export interface Option {
  value: string;
  label: string;
  /** Shown after the label in the list, e.g. the province of a municipality. */
  detail?: string;
}

interface MultiSelectProps {
  label: string;
  hint?: string;
  error?: string;
  options: readonly Option[];
  value: readonly string[];
  onChange(value: string[]): void;
  /** One value at most: choosing another replaces it. */
  single?: boolean;
  placeholder?: string;
}

const MAX_SHOWN = 50;

/** Ignores case and accents, so "sudwest" finds Súdwest-Fryslân. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * A select with search (the ARIA 1.2 combobox pattern): type to narrow a long list (342 municipalities), arrows and
 * Enter to choose; the choices are tags with a remove button.
 */
export function MultiSelect({ label, hint, error, options, value, onChange, single = false, placeholder }: MultiSelectProps) {
  const m = useMessages(uiMessages);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const byValue = useMemo(() => new Map(options.map((option) => [option.value, option])), [options]);
  const matching = useMemo(() => {
    const term = normalise(query.trim());
    return term ? options.filter((option) => normalise(option.label).includes(term)) : options;
  }, [options, query]);
  // A long list (342 municipalities) shows its first matches; typing narrows it.
  const filtered = matching.slice(0, MAX_SHOWN);

  const toggle = (option: Option) => {
    if (value.includes(option.value)) onChange(value.filter((v) => v !== option.value));
    else onChange(single ? [option.value] : [...value, option.value]);
    setQuery('');
    if (single) setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((current) => Math.min(current + 1, filtered.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && filtered[active]) {
        event.preventDefault();
        toggle(filtered[active]);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      }
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  const listId = `${id}-list`;
  const activeOption = open ? filtered[active] : undefined;

  return (
    <div className={fieldStyles.field}>
      <label className={fieldStyles.label} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className={fieldStyles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {value.length > 0 && (
        <ul className={styles.tags} aria-label={`${label}: ${m.chosen(value.length)}`}>
          {value.map((chosen) => {
            const text = byValue.get(chosen)?.label ?? chosen;
            return (
              <li key={chosen} className={styles.tag}>
                <span>{text}</span>
                <button
                  type="button"
                  className={styles.remove}
                  aria-label={m.remove(text)}
                  onClick={() => onChange(value.filter((v) => v !== chosen))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.box}>
        <input
          ref={input}
          id={id}
          className={fieldStyles.control}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${id}-option-${activeOption.value}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, `${id}-how`, error && `${id}-error`)}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <span className="visually-hidden" id={`${id}-how`}>
          {m.typeToSearch}
        </span>
        <div className={styles.list} id={listId} role="listbox" aria-label={label} aria-multiselectable={!single} hidden={!open}>
          {open &&
            filtered.map((option, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant)
              <div
                key={option.value}
                id={`${id}-option-${option.value}`}
                role="option"
                tabIndex={-1}
                aria-selected={value.includes(option.value)}
                className={`${styles.option} ${index === active ? styles.active : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => toggle(option)}
              >
                <span className={styles.mark} aria-hidden="true">
                  {value.includes(option.value) ? '✓' : ''}
                </span>
                {option.label}
                {option.detail && <span className={styles.detail}> · {option.detail}</span>}
              </div>
            ))}
          {open && matching.length > filtered.length && (
            <div className={styles.empty} role="option" tabIndex={-1} aria-selected={false} aria-disabled="true">
              {m.more(matching.length - filtered.length)}
            </div>
          )}
          {open && filtered.length === 0 && (
            <div className={styles.empty} role="option" tabIndex={-1} aria-selected={false} aria-disabled="true">
              {m.noOptions}
            </div>
          )}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open && query ? m.optionsAvailable(matching.length) : ''}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

import { useLanguage } from '../i18n/language';
import { languages, messages } from '../i18n/messages';
import styles from './LanguageSwitch.module.css';

/** NL | EN. Each button is named in its own language (with a `lang` attribute), so screen readers pronounce it right. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <fieldset className={styles.switch}>
      <legend className="visually-hidden">{t.languageSwitch}</legend>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className={styles.option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {/* Named "NL Nederlands": the visible label first, as WCAG 2.5.3 (label in name) asks. */}
          {option.toUpperCase()}
          <span className="visually-hidden"> {messages[option].languageName}</span>
        </button>
      ))}
    </fieldset>
  );
}

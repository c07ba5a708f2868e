import { useLanguage } from '../i18n/language';
import { languages, messages } from '../i18n/messages';
import styles from './LanguageSwitch.module.css';

/** NL | EN. Each button is named in its own language (with a `lang` attribute), so screen readers pronounce it right. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <div className={styles.switch} role="group" aria-label={t.languageSwitch}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className={styles.option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          <span aria-hidden="true">{option.toUpperCase()}</span>
          <span className="visually-hidden">{messages[option].languageName}</span>
        </button>
      ))}
    </div>
  );
}

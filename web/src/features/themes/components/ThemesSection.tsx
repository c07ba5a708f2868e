import { useQuery } from '@apollo/client/react';
import { useLanguage } from '../../../i18n/language';
import { ErrorNotice } from '../../../ui/States';
import { ThemesQuery } from '../graphql/themes.query';
import styles from './ThemesSection.module.css';

export function ThemesSection() {
  const { t, language } = useLanguage();
  const { data, error, refetch } = useQuery(ThemesQuery);

  return (
    <section className={styles.section} aria-labelledby="themes-title">
      <h2 id="themes-title">{t.themesTitle}</h2>
      <p className={styles.intro}>{t.themesIntro}</p>
      {error && <ErrorNotice message={t.loadFailed} retryLabel={t.retry} onRetry={() => void refetch()} />}
      {!data && !error && <p className={styles.loading}>{t.loading}</p>}
      {data && (
        <ol className={styles.list}>
          {data.themes.map((theme) => (
            <li key={theme.slug} className={styles.theme} data-theme={theme.slug}>
              <h3 className={styles.name}>{capitalise(theme.name, language)}</h3>
              <p className={styles.description}>{t.themeDescriptions[theme.slug]}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The API names themes in lower case, as they read inside a sentence; as a title they start with a capital. */
function capitalise(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

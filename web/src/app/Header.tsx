import { useLanguage } from '../i18n/language';
import { LogoMark } from '../ui/LogoMark';
import styles from './Header.module.css';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useLanguage();
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <a className={styles.brand} href="/">
          <LogoMark />
          <span>Koppel</span>
        </a>
        <nav className={styles.nav} aria-label={t.mainNavigation}>
          <a href="/graphql">{t.graphqlApi}</a>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}

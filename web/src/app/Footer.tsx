import { useLanguage } from '../i18n/language';
import styles from './Footer.module.css';

export function Footer() {
  const { t } = useLanguage();
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t.footerAbout}</p>
        <p>
          {t.footerData}: <span lang="nl">Bron: CBS</span>,{' '}
          <a href={t.licenceUrl} rel="license">
            {t.footerLicence}
          </a>
          .
        </p>
        <p>
          {t.footerApi} <a href="/graphql">{t.graphqlApi}</a>
        </p>
      </div>
    </footer>
  );
}

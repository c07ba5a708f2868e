import { ApolloProvider } from '@apollo/client/react';
import { useEffect } from 'react';
import { MunicipalitiesSection } from '../features/municipalities/components/MunicipalitiesSection';
import { ThemesSection } from '../features/themes/components/ThemesSection';
import { useLanguage } from '../i18n/language';
import { LogoMark } from '../ui/LogoMark';
import styles from './App.module.css';
import { apolloClientFor } from './apollo';
import { Footer } from './Footer';
import { Header } from './Header';

export function App() {
  const { language, t } = useLanguage();

  useEffect(() => {
    document.title = t.documentTitle;
  }, [t]);

  return (
    <ApolloProvider client={apolloClientFor(language)}>
      <a className={styles.skipLink} href="#main">
        {t.skipToContent}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className={styles.intro}>
          <div className={`${styles.page} ${styles.introGrid}`}>
            <div>
              <h1>{t.introTitle}</h1>
              <p className={styles.lead}>{t.introLead}</p>
              <p className={styles.body}>{t.introBody}</p>
            </div>
            <div className={styles.introArt}>
              <LogoMark size={220} />
            </div>
          </div>
        </div>
        <div className={styles.page}>
          <ThemesSection />
          <MunicipalitiesSection />
        </div>
      </main>
      <Footer />
    </ApolloProvider>
  );
}

import { useEffect } from 'react';
import { MunicipalitiesSection } from '../features/municipalities/components/MunicipalitiesSection';
import { ThemesSection } from '../features/themes/components/ThemesSection';
import { useLanguage } from '../i18n/language';
import { LogoMark } from '../ui/LogoMark';
import styles from './App.module.css';

export function HomePage() {
  const { t } = useLanguage();

  useEffect(() => {
    document.title = t.documentTitle;
  }, [t]);

  return (
    <>
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
    </>
  );
}

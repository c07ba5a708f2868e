import { type RefObject, useEffect, useRef } from 'react';
import type { ProvincesQuery } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/language';
import { browseHref } from '../hooks/useBrowseParams';
import styles from './ProvinceGrid.module.css';

interface ProvinceGridProps {
  provinces: ProvincesQuery['provinces'];
  onChoose(provinceCode: string): void;
  /** Set by the parent when this grid replaces the element that had focus. */
  focusOnMount: RefObject<boolean>;
}

export function ProvinceGrid({ provinces, onChoose, focusOnMount }: ProvinceGridProps) {
  const { t, formatNumber } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusOnMount.current) return;
    focusOnMount.current = false;
    heading.current?.focus();
  }, [focusOnMount]);

  return (
    <div className={styles.wrapper}>
      <h3 ref={heading} tabIndex={-1}>
        {t.provincesTitle}
      </h3>
      <ul className={styles.grid}>
        {provinces.map((province) => (
          <li key={province.code}>
            <a
              className={styles.card}
              href={browseHref({ province: province.code, search: '' })}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                onChoose(province.code);
              }}
            >
              <span className={styles.name}>{province.officialName}</span>
              <span className={styles.summary}>
                <span>{t.provinceMunicipalities(province.municipalities.length)}</span>
                <span>{t.provinceResidents(formatNumber(province.population))}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

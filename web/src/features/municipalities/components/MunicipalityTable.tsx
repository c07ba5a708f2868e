import { type RefObject, useEffect, useRef } from 'react';
import type { MunicipalitiesQuery } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import styles from './MunicipalityTable.module.css';

interface MunicipalityTableProps {
  title: string;
  /** Undefined while the first answer is on its way. */
  municipalities: MunicipalitiesQuery['municipalities'] | undefined;
  showProvince: boolean;
  resetLabel: string;
  onReset(): void;
  /** Set by the parent when this table replaces the element that had focus. */
  focusOnMount: RefObject<boolean>;
}

export function MunicipalityTable({ title, municipalities, showProvince, resetLabel, onReset, focusOnMount }: MunicipalityTableProps) {
  const { t, formatNumber } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusOnMount.current) return;
    focusOnMount.current = false;
    heading.current?.focus();
  }, [focusOnMount]);

  return (
    <div className={styles.wrapper}>
      <div className={styles.header}>
        <h3 ref={heading} tabIndex={-1} id="municipality-results-title">
          {title}
        </h3>
        <Button onClick={onReset}>{resetLabel}</Button>
      </div>
      {municipalities === undefined ? (
        <p className={styles.muted}>{t.loading}</p>
      ) : municipalities.length === 0 ? (
        <p className={styles.muted}>{t.noResults}</p>
      ) : (
        <>
          <p className={styles.muted} aria-hidden="true">
            {t.resultCount(municipalities.length)}
          </p>
          <table className={styles.table} aria-labelledby="municipality-results-title">
            <thead>
              <tr>
                <th scope="col">{t.columnMunicipality}</th>
                {showProvince && <th scope="col">{t.columnProvince}</th>}
                <th scope="col" className={styles.number}>
                  {t.columnPopulation}
                </th>
              </tr>
            </thead>
            <tbody>
              {municipalities.map((municipality) => (
                <tr key={municipality.code}>
                  <th scope="row">{municipality.name}</th>
                  {showProvince && <td>{municipality.province.officialName}</td>}
                  <td className={styles.number}>{formatNumber(municipality.population)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles.note}>{t.populationNote}</p>
        </>
      )}
    </div>
  );
}

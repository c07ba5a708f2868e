import { skipToken, useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { useLanguage } from '../../../i18n/language';
import { SelectField } from '../../../ui/SelectField';
import { ErrorNotice } from '../../../ui/States';
import { TextField } from '../../../ui/TextField';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { MunicipalitiesQuery } from '../graphql/municipalities.query';
import { ProvincesQuery } from '../graphql/provinces.query';
import { useBrowseParams } from '../hooks/useBrowseParams';
import styles from './MunicipalitiesSection.module.css';
import { MunicipalityTable } from './MunicipalityTable';
import { ProvinceGrid } from './ProvinceGrid';

export function MunicipalitiesSection() {
  const { t } = useLanguage();
  const [{ province, search }, update] = useBrowseParams();
  const term = useDebouncedValue(search.trim(), 250);
  const browsing = province !== '' || term !== '';
  // Choosing from the overview removes the button that had focus: focus then moves to the heading that replaced it.
  const moveFocus = useRef(false);

  const provinces = useQuery(ProvincesQuery);
  const municipalities = useQuery(
    MunicipalitiesQuery,
    browsing ? { variables: { provinceCode: province || null, search: term || null } } : skipToken,
  );

  const provinceList = provinces.data?.provinces ?? [];
  const provinceName = provinceList.find((candidate) => candidate.code === province)?.officialName ?? province;
  const municipalityCount = provinceList.reduce((sum, candidate) => sum + candidate.municipalities.length, 0);
  // While a new search runs, keep showing the previous answer rather than flashing an empty table.
  const results = (municipalities.data ?? municipalities.previousData)?.municipalities;

  const title =
    term && province ? t.searchResultsIn(term, provinceName) : term ? t.searchResultsFor(term) : t.municipalitiesInProvince(provinceName);

  const choose = (provinceCode: string) => {
    moveFocus.current = true;
    update({ province: provinceCode, search: '' }, 'push');
  };
  // Clearing a search within a province keeps the province's table (and the focus on this button).
  const reset = () => (term && province ? update({ search: '' }, 'push') : choose(''));

  return (
    <section className={styles.section} aria-labelledby="municipalities-title">
      <h2 id="municipalities-title">{t.municipalitiesTitle}</h2>
      {municipalityCount > 0 && <p className={styles.intro}>{t.municipalitiesIntro(municipalityCount, provinceList.length)}</p>}

      <search>
        <form className={styles.filters} onSubmit={(event) => event.preventDefault()}>
          <TextField
            label={t.searchLabel}
            hint={t.searchHint}
            type="search"
            name="q"
            autoComplete="off"
            spellCheck={false}
            value={search}
            onChange={(event) => update({ search: event.target.value }, 'replace')}
          />
          <SelectField
            label={t.provinceLabel}
            name="province"
            value={province}
            onChange={(event) => update({ province: event.target.value }, 'push')}
            options={[
              { value: '', label: t.allProvinces },
              ...provinceList.map((candidate) => ({ value: candidate.code, label: candidate.officialName })),
            ]}
          />
        </form>
      </search>

      <p className="visually-hidden" role="status">
        {browsing && municipalities.data ? t.resultCount(municipalities.data.municipalities.length) : ''}
      </p>

      {provinces.error && <ErrorNotice message={t.loadFailed} retryLabel={t.retry} onRetry={() => void provinces.refetch()} />}
      {municipalities.error && <ErrorNotice message={t.loadFailed} retryLabel={t.retry} onRetry={() => void municipalities.refetch()} />}

      {browsing ? (
        <MunicipalityTable
          title={title}
          municipalities={results}
          showProvince={!province}
          focusOnMount={moveFocus}
          resetLabel={term ? t.clearSearch : t.backToProvinces}
          onReset={reset}
        />
      ) : (
        provinces.data && <ProvinceGrid provinces={provinceList} focusOnMount={moveFocus} onChoose={choose} />
      )}
    </section>
  );
}

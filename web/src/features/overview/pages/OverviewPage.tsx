import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ThemeSlug } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { Page } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { ErrorNotice, Loading } from '../../../ui/States';
import { ExportLinks } from '../../open-data/components/ExportLinks';
import { useReference } from '../../reference/hooks/useReference';
import { colourClasses } from '../colours';
import { ChoroplethMap } from '../components/ChoroplethMap';
import { CoverageDashboard } from '../components/CoverageDashboard';
import { Legend } from '../components/Legend';
import styles from '../components/Overview.module.css';
import { RegionPanel } from '../components/RegionPanel';
import { RegionTable, type SortKey, type SortOrder } from '../components/RegionTable';
import {
  FIGURES,
  type Figure,
  figureByParam,
  formatFigure,
  type Level,
  levelByParam,
  paramOfFigure,
  paramOfLevel,
  type RegionFigures,
} from '../figures';
import { CoverageQuery } from '../graphql/coverage.query';
import { OverviewOrganisationQuery } from '../graphql/overviewOrganisation.query';
import { overviewMessages } from '../messages';

const SORT_KEYS: SortKey[] = ['name', 'population', ...FIGURES.map((f) => f.figure)];

/**
 * `/overzicht`: the coverage map of the Netherlands (`?niveau=provincie|gemeente`, `thema`, `cijfer`, `regio`,
 * `sorteer`, `volgorde=op|af`), the table of every figure, and the alliance's totals and trend. With
 * `?organisatie={id}` the same for one organisation (a fund's awards and commitments by region).
 */
export function OverviewPage() {
  const m = useMessages(overviewMessages);
  const { t } = useLanguage();
  const [params, setParams] = useSearchParams();
  const { reference } = useReference();
  const level: Level = levelByParam(params.get('niveau'));
  const figure: Figure = figureByParam(params.get('cijfer'));
  const themeParam = params.get('thema');
  const theme = (reference?.themes.find((option) => option.value === themeParam)?.value ?? null) as ThemeSlug | null;
  const organisationId = params.get('organisatie');
  const selected = params.get('regio');
  const sortParam = params.get('sorteer') as SortKey | null;
  const sort: SortKey = sortParam && SORT_KEYS.includes(sortParam) ? sortParam : 'name';
  const order: SortOrder = params.get('volgorde') === 'af' ? 'descending' : 'ascending';
  const [active, setActive] = useState<string | null>(null);

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );

  const organisation = useQuery(OverviewOrganisationQuery, { variables: { id: organisationId ?? '' }, skip: !organisationId });
  // A theme in the address counts once the themes are known (an unknown one shows all themes), so wait for them.
  const query = useQuery(CoverageQuery, { variables: { level, theme, organisationId }, skip: !!themeParam && !reference });
  // While another theme or figure loads the previous figures stay; those of the other level do not fit the map.
  const prefix = level === 'PROVINCE' ? 'PV' : 'GM';
  const data = query.data ?? (query.previousData?.coverage[0]?.code.startsWith(prefix) ? query.previousData : undefined);
  const rows: RegionFigures[] = useMemo(() => data?.coverage ?? [], [data]);
  const byCode = useMemo(() => new Map(rows.map((row) => [row.code, row])), [rows]);
  const classes = useMemo(() => colourClasses(rows.map((row) => row[figure])), [rows, figure]);
  const describe = useCallback(
    (code: string, name: string) => {
      const row = byCode.get(code);
      if (!row) return name;
      const format = (f: Figure) => formatFigure(f, row[f], t.locale);
      const first = `${m.figures[figure]} ${format(figure)}`;
      const rest = FIGURES.filter((f) => f.figure !== figure).map((f) => `${m.shortFigures[f.figure].toLowerCase()} ${format(f.figure)}`);
      return m.regionLabel(name, [first, ...rest].join(', '), row.gap);
    },
    [byCode, figure, m, t.locale],
  );
  const select = useCallback((code: string) => update({ regio: code }), [update]);
  const shown = byCode.get(active ?? selected ?? '') ?? null;
  const organisationName = organisation.data?.organisation?.name;
  const levelLabel = m.levels[level];

  const onSort = useCallback(
    (key: SortKey) => {
      const nextOrder = sort === key ? (order === 'ascending' ? 'af' : 'op') : key === 'name' ? 'op' : 'af';
      update({ sorteer: key, volgorde: nextOrder });
    },
    [sort, order, update],
  );

  return (
    <Page
      title={organisationId && organisationName ? m.fundTitle(organisationName) : m.title}
      lead={<p>{organisationId ? m.fundLead : m.lead}</p>}
      back={organisationId ? <Link to={`/organisaties/${organisationId}`}>← {organisationName ?? m.title}</Link> : undefined}
      actions={organisationId ? <Link to="/overzicht">{m.allOrganisations}</Link> : undefined}
      wide
    >
      <form className={styles.controls} aria-label={m.controls} onSubmit={(event) => event.preventDefault()}>
        <fieldset className={styles.levels}>
          <legend>{m.level}</legend>
          {(['PROVINCE', 'MUNICIPALITY'] as const).map((option) => (
            <label key={option} className={styles.levelOption}>
              <input
                type="radio"
                name="niveau"
                value={option}
                checked={level === option}
                onChange={() => update({ niveau: option === 'PROVINCE' ? null : paramOfLevel(option), regio: null })}
              />
              {m.levels[option]}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={m.theme}
          value={theme ?? ''}
          onChange={(event) => update({ thema: event.target.value || null })}
          options={[{ value: '', label: m.allThemes }, ...(reference?.themes ?? [])]}
        />
        <SelectField
          label={m.figure}
          value={figure}
          onChange={(event) =>
            update({ cijfer: event.target.value === 'initiatives' ? null : paramOfFigure(event.target.value as Figure) })
          }
          options={FIGURES.map((f) => ({ value: f.figure, label: m.figures[f.figure] }))}
        />
      </form>

      {query.error && !data ? (
        <ErrorNotice message={m.failed} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <div className={styles.layout}>
            <div className={styles.mapColumn} aria-busy={query.loading}>
              <a className={styles.skip} href="#overview-table">
                {m.skipToTable}
              </a>
              <ChoroplethMap
                level={level}
                figure={figure}
                rows={byCode}
                classes={classes}
                describe={describe}
                active={active}
                selected={selected}
                onActivate={setActive}
                onSelect={select}
              />
              <p className={styles.muted}>{m.mapHint}</p>
            </div>
            <aside className={styles.side} aria-label={levelLabel}>
              <Legend figure={figure} classes={classes} showGap={rows.some((row) => row.gap)} />
              <RegionPanel level={level} region={shown} theme={theme} />
            </aside>
          </div>
          <p className={styles.attribution}>{m.attribution}</p>
          <section id="overview-table" aria-labelledby="overview-table-title" className={styles.tableSection}>
            <h2 id="overview-table-title">
              {m.tableTitle}: {levelLabel.toLowerCase()}
            </h2>
            {!data ? <Loading /> : <RegionTable rows={rows} sort={sort} order={order} onSort={onSort} onSelect={select} />}
          </section>
        </>
      )}
      <Panel title={m.totalsTitle} id="overview-dashboard">
        {themeParam && !reference ? <Loading /> : <CoverageDashboard theme={theme} organisationId={organisationId} />}
      </Panel>
      <ExportLinks kind="initiatives" />
    </Page>
  );
}

import { Link } from 'react-router';
import { useLanguage, useMessages } from '../../../i18n/language';
import { FIGURES, formatFigure, type Level, type RegionFigures, regionLinks } from '../figures';
import { overviewMessages } from '../messages';
import styles from './Overview.module.css';

/** The figures of the region under the pointer or focus (or else the selected one), with links to its lists. */
export function RegionPanel({ level, region, theme }: { level: Level; region: RegionFigures | null; theme: string | null }) {
  const m = useMessages(overviewMessages);
  const { t } = useLanguage();
  if (!region) return <p className={styles.muted}>{m.panelEmpty}</p>;
  const links = regionLinks(level, region.code, theme);
  return (
    <div className={styles.panel}>
      <h3>
        {region.name} <span className={styles.muted}>· {m.levelSingular[level]}</span>
      </h3>
      {region.gap && <p className={styles.gapNote}>{m.gapLong}</p>}
      <dl className={styles.figures}>
        <div>
          <dt>{m.population}</dt>
          <dd>{new Intl.NumberFormat(t.locale).format(region.population)}</dd>
        </div>
        {FIGURES.map(({ figure }) => (
          <div key={figure}>
            <dt>{m.figures[figure]}</dt>
            <dd>{formatFigure(figure, region[figure], t.locale)}</dd>
          </div>
        ))}
      </dl>
      <ul className={styles.links}>
        <li>
          <Link to={links.initiatives}>{m.openInitiatives}</Link>
        </li>
        <li>
          <Link to={links.funds}>{m.openFunds}</Link>
        </li>
        <li>
          <Link to={links.tables}>{m.openTables}</Link>
        </li>
      </ul>
    </div>
  );
}

import { useSearchParams } from 'react-router';
import { useMessages } from '../../../i18n/language';
import { openDataMessages } from '../messages';
import styles from './ExportLinks.module.css';

/** The list page's address filters (`?thema=…`) as `GET /api/initiatives.csv`'s query, named as in `InitiativeFilter`. */
const INITIATIVE_FILTERS: [string, string][] = [
  ['q', 'search'],
  ['thema', 'themes'],
  ['provincie', 'provinceCodes'],
  ['gemeente', 'municipalityCodes'],
  ['doelgroep', 'targetGroups'],
  ['status', 'statuses'],
];

export function initiativesCsvUrl(params: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const [from, to] of INITIATIVE_FILTERS) for (const value of params.getAll(from)) if (value) query.append(to, value);
  return `/api/initiatives.csv${query.size > 0 ? `?${query}` : ''}`;
}

/** Downloads of what the list shows: the initiatives with the current filters as CSV, and the 360Giving package. */
export function ExportLinks() {
  const m = useMessages(openDataMessages);
  const [params] = useSearchParams();
  return (
    <section className={styles.exports} aria-labelledby="export-title">
      <h2 id="export-title">{m.exportTitle}</h2>
      <ul>
        <li>
          <a href={initiativesCsvUrl(params)} download>
            {m.exportCsv}
          </a>
          <span className={styles.hint}> · {m.exportCsvHint}</span>
        </li>
        <li>
          <a href="/api/360giving.json" download>
            {m.export360}
          </a>
          <span className={styles.hint}> · {m.export360Hint}</span>
        </li>
      </ul>
    </section>
  );
}

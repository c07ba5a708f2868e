import { useSearchParams } from 'react-router';
import { useMessages } from '../../../i18n/language';
import { openDataMessages } from '../messages';
import styles from './ExportLinks.module.css';

type ExportKind = 'initiatives' | 'organisations';

/**
 * The list pages' address filters (`?thema=…`) as the exports' query parameters, named as in `InitiativeFilter` and
 * `OrganisationFilter` (API.md, "Import and export").
 */
const FILTERS: Record<ExportKind, [string, string][]> = {
  initiatives: [
    ['q', 'search'],
    ['thema', 'themes'],
    ['provincie', 'provinceCodes'],
    ['gemeente', 'municipalityCodes'],
    ['doelgroep', 'targetGroups'],
    ['status', 'statuses'],
  ],
  organisations: [
    ['q', 'search'],
    ['soort', 'kinds'],
    ['thema', 'themes'],
    ['provincie', 'provinceCodes'],
    ['gemeente', 'municipalityCodes'],
  ],
};

export function exportUrl(kind: ExportKind, params: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const [from, to] of FILTERS[kind]) for (const value of params.getAll(from)) if (value) query.append(to, value);
  return `/api/${kind}.csv${query.size > 0 ? `?${query}` : ''}`;
}

/** Downloads of what a list shows: its rows with the current filters as CSV, and the 360Giving package. */
export function ExportLinks({ kind }: { kind: ExportKind }) {
  const m = useMessages(openDataMessages);
  const [params] = useSearchParams();
  return (
    <section className={styles.exports} aria-labelledby="export-title">
      <h2 id="export-title">{m.exportTitle}</h2>
      <ul>
        <li>
          <a href={exportUrl(kind, params)} download>
            {m.exportCsv}
          </a>
          <span className={styles.hint}> · {m.exportCsvHint[kind]}</span>
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

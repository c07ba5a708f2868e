import { NavLink } from 'react-router';
import type { OrganisationKind } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { organisationMessages } from '../messages';
import styles from './ManageNav.module.css';

/** The tabs of an organisation's management pages. */
export function ManageNav({ organisationId, kind }: { organisationId: string; kind?: OrganisationKind }) {
  const m = useMessages(organisationMessages);
  const base = `/organisaties/${organisationId}`;
  const tabs: [string, string][] = [
    [`${base}/bewerken`, m.manageProfile],
    [`${base}/leden`, m.manageMembers],
    ...(kind === 'FUND'
      ? ([
          [`${base}/fondsprofiel`, m.manageFund],
          [`${base}/matches`, m.manageMatches],
        ] as [string, string][])
      : []),
    [`${base}/behoeften-en-aanbod`, m.manageNeedsOffers],
    [`${base}/initiatieven/nieuw`, m.newInitiative],
    [`${base}/initiatieven/importeren`, m.importInitiatives],
  ];
  return (
    <nav className={styles.nav} aria-label={m.manageTitle}>
      <ul>
        {tabs.map(([to, label]) => (
          <li key={to}>
            <NavLink to={to} className={({ isActive }) => (isActive ? `${styles.tab} ${styles.current}` : styles.tab)}>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

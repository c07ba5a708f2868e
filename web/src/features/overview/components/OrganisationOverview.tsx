import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { OrganisationKind } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/States';
import { Table } from '../../../ui/Table';
import { formatFigure } from '../figures';
import { CoverageQuery } from '../graphql/coverage.query';
import { overviewMessages } from '../messages';
import styles from './Overview.module.css';

/**
 * An organisation's dashboard on its page: a fund's awards and commitments by province, and its own map. (A
 * municipality's dashboard is the tables feature's panel on the same page: its tables, their open commitments and
 * actions.)
 */
export function OrganisationOverview({ organisationId, kind }: { organisationId: string; kind: OrganisationKind }) {
  return kind === 'FUND' ? <FundOverview organisationId={organisationId} /> : null;
}

function FundOverview({ organisationId }: { organisationId: string }) {
  const m = useMessages(overviewMessages);
  const { t } = useLanguage();
  const query = useQuery(CoverageQuery, { variables: { level: 'PROVINCE', organisationId } });
  const rows = (query.data?.coverage ?? [])
    .filter((row) => row.fundingCommitted > 0 || row.tables > 0 || row.openCommitments > 0)
    .sort((a, b) => b.fundingCommitted - a.fundingCommitted || a.name.localeCompare(b.name, t.locale));
  return (
    <Panel
      title={m.fundDashboardTitle}
      id="fund-overview"
      actions={<Link to={`/overzicht?organisatie=${encodeURIComponent(organisationId)}&cijfer=toegezegd`}>{m.fundDashboardMap}</Link>}
    >
      <p className={styles.muted}>{m.fundDashboardLead}</p>
      {query.loading && !query.data ? (
        <Loading />
      ) : query.error ? (
        <ErrorNotice message={m.failed} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <p className={styles.muted}>{m.fundDashboardNone}</p>
      ) : (
        <Table label={m.fundDashboardTable}>
          <thead>
            <tr>
              <th scope="col">{m.levelSingular.PROVINCE}</th>
              <th scope="col">{m.figures.fundingCommitted}</th>
              <th scope="col">{m.figures.tables}</th>
              <th scope="col">{m.figures.openCommitments}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.name}</th>
                <td className={styles.number}>{formatFigure('fundingCommitted', row.fundingCommitted, t.locale)}</td>
                <td className={styles.number}>{formatFigure('tables', row.tables, t.locale)}</td>
                <td className={styles.number}>{formatFigure('openCommitments', row.openCommitments, t.locale)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Panel>
  );
}

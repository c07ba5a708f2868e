import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { OrganisationKind } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/States';
import { Table } from '../../../ui/Table';
import { formatFigure } from '../figures';
import { CoverageQuery } from '../graphql/coverage.query';
import { OrganisationTablesQuery } from '../graphql/organisationTables.query';
import { overviewMessages } from '../messages';
import styles from './Overview.module.css';

/**
 * An organisation's dashboard on its page: a fund's awards and commitments by province (and its map), a
 * municipality's tables with their open commitments and actions. Other kinds have none.
 */
export function OrganisationOverview({ organisationId, kind }: { organisationId: string; kind: OrganisationKind }) {
  if (kind === 'FUND') return <FundOverview organisationId={organisationId} />;
  if (kind === 'MUNICIPALITY') return <MunicipalityOverview organisationId={organisationId} />;
  return null;
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
        <Table label={m.fundDashboardTitle}>
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

function MunicipalityOverview({ organisationId }: { organisationId: string }) {
  const m = useMessages(overviewMessages);
  const { t } = useLanguage();
  const query = useQuery(OrganisationTablesQuery, { variables: { organisationId } });
  const connection = query.data?.tables;
  const date = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString(t.locale, { timeZone: 'UTC' });
  return (
    <Panel title={m.municipalityDashboardTitle} id="municipality-overview">
      {query.loading && !query.data ? (
        <Loading />
      ) : query.error || !connection ? (
        <ErrorNotice message={m.failed} onRetry={() => void query.refetch()} />
      ) : connection.edges.length === 0 ? (
        <p className={styles.muted}>{m.municipalityDashboardNone}</p>
      ) : (
        <>
          <ul className={styles.dashList}>
            {connection.edges.map(({ node: table }) => (
              <li key={table.id}>
                <Link to={`/tafels/${table.id}`}>
                  <strong>{table.title}</strong>
                </Link>
                <span className={styles.muted}>
                  {' '}
                  · {table.theme.name}
                  {table.municipality && <> · {table.municipality.name}</>} · {m.tableStatus[table.status]}
                  {table.followUp && <> · {m.commitmentsOpen(table.followUp.openCommitments.length)}</>}
                </span>
                {table.followUp && table.followUp.overdueActions.length + table.followUp.openActions.length > 0 && (
                  <ul>
                    {table.followUp.overdueActions.map((action) => (
                      <li key={action.id}>
                        <strong>{m.overdueActions}:</strong> {action.title} ({action.owner.name}, {m.due} {date(action.dueOn)})
                      </li>
                    ))}
                    {table.followUp.openActions.map((action) => (
                      <li key={action.id}>
                        {action.title} ({action.owner.name}, {m.due} {date(action.dueOn)})
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {connection.totalCount > connection.edges.length && (
            <p className={styles.muted}>{m.moreTables(connection.edges.length, connection.totalCount)}</p>
          )}
        </>
      )}
    </Panel>
  );
}

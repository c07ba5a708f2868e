import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { OrganisationTablesQuery } from '../graphql/organisationTables.query';
import { tableMessages } from '../messages';
import { FollowUpPanel } from './Outcomes';

/** On an organisation's page: its tables (its own query, so the page loads first) and, for its members, its follow-up. */
export function OrganisationTables({ organisationId }: { organisationId: string }) {
  const m = useMessages(tableMessages);
  const query = useQuery(OrganisationTablesQuery, { variables: { id: organisationId } });
  const connection = query.data?.tables;
  if (!connection) return null;
  const followUp = query.data?.organisation?.tableFollowUp;
  return (
    <>
      <Panel title={m.listTitle} id="tables">
        {connection.edges.length === 0 ? (
          <p>{m.noResultsTitle}</p>
        ) : (
          <ul aria-label={m.listTitle}>
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/tafels/${node.id}`}>{node.title}</Link> · {m.kind[node.kind]} · {m.status[node.status]}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {followUp && <FollowUpPanel followUp={followUp} id="organisation-follow-up" />}
    </>
  );
}

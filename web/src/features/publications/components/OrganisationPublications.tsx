import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { OrganisationPublicationsQuery } from '../graphql/organisationPublications.query';
import { publicationMessages } from '../messages';
import styles from './Publications.module.css';

/** On an organisation's page: the latest publications it published or co-signed (its own query, so the page loads first). */
export function OrganisationPublications({ organisationId }: { organisationId: string }) {
  const m = useMessages(publicationMessages);
  const l = useMessages(labels);
  const query = useQuery(OrganisationPublicationsQuery, { variables: { id: organisationId } });
  const connection = query.data?.organisation?.publications;
  if (!connection) return null;
  return (
    <Panel
      title={m.organisationSection}
      id="publications"
      actions={connection.totalCount > connection.edges.length && <Link to="/publicaties">{m.allPublications}</Link>}
    >
      {connection.edges.length === 0 ? (
        <p className={styles.date}>{m.organisationEmpty}</p>
      ) : (
        <ul className={styles.compact}>
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <a href={node.url} rel="noopener noreferrer">
                {node.title}
              </a>
              <span className={styles.compactMeta}>
                {m.kind[node.kind]} · {l.date(node.publishedOn)} · {node.byline}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { CardList } from '../../../ui/Card';
import { Page } from '../../../ui/Page';
import { Pagination } from '../../../ui/Pagination';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/States';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import styles from '../components/Knowledge.module.css';
import { KnowledgeCard } from '../components/KnowledgeCard';
import { ReviewQueueQuery } from '../graphql/reviewQueue.query';
import { knowledgeMessages } from '../messages';

const PAGE_SIZE = 20;

/** `/kennisbank/beoordelen`: colleagues' texts waiting for the viewer's review, oldest first (never their own). */
export function ReviewQueuePage() {
  const m = useMessages(knowledgeMessages);
  const l = useMessages(labels);
  const filters = useUrlFilters();
  const query = useQuery(ReviewQueueQuery, { variables: { first: PAGE_SIZE, after: filters.after }, fetchPolicy: 'cache-and-network' });
  const connection = query.data?.reviewQueue;

  return (
    <Page title={m.queueTitle} lead={<p>{m.queueLead}</p>} back={<Link to="/kennisbank">{m.back}</Link>}>
      {query.error && <ErrorNotice onRetry={() => void query.refetch()} />}
      {!connection && query.loading && <Loading />}
      {connection && connection.totalCount === 0 && (
        <EmptyState title={m.queueEmpty}>
          <p>{m.queueEmptyBody}</p>
        </EmptyState>
      )}
      {connection && connection.edges.length > 0 && (
        <>
          <CardList label={m.queueTitle}>
            {connection.edges.map(({ node }) => (
              <KnowledgeCard
                key={node.id}
                item={node}
                footer={
                  <span className={styles.queueFoot}>
                    <span className={styles.muted}>{node.submittedAt ? m.submittedOn(l.date(node.submittedAt)) : ''}</span>
                    <Link to={`/kennisbank/${node.id}#review`} aria-label={`${m.openToReview}: ${node.question}`}>
                      {m.openToReview}
                    </Link>
                  </span>
                }
              />
            ))}
          </CardList>
          <Pagination
            page={filters.page}
            pageSize={PAGE_SIZE}
            shown={connection.edges.length}
            total={connection.totalCount}
            endCursor={connection.pageInfo.endCursor}
            hasNextPage={connection.pageInfo.hasNextPage}
          />
        </>
      )}
    </Page>
  );
}

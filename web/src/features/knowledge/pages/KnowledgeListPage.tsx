import { useQuery } from '@apollo/client/react';
import type { Audience, KnowledgeStatus, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { ButtonLink } from '../../../ui/Button';
import { ListLayout } from '../../../ui/ListLayout';
import { ListResults } from '../../../ui/ListResults';
import { Page } from '../../../ui/Page';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useViewer } from '../../account/hooks/useViewer';
import { useReference } from '../../reference/hooks/useReference';
import { BriefingBar } from '../components/BriefingBar';
import { KnowledgeCard } from '../components/KnowledgeCard';
import { KnowledgeFilters } from '../components/KnowledgeFilters';
import { LibraryNav } from '../components/LibraryNav';
import { KnowledgeItemsQuery } from '../graphql/knowledgeItems.query';
import { ReviewQueueCountQuery } from '../graphql/reviewQueueCount.query';
import { useWritableOrganisations } from '../hooks/useWritableOrganisations';
import { knowledgeMessages } from '../messages';

const PAGE_SIZE = 20;

const nonEmpty = <T,>(list: T[]): T[] | null => (list.length > 0 ? list : null);

/** `/kennisbank`: Dutch full-text search with theme and audience filters (`q`, `thema`, `voor`, `status`), in the address. */
export function KnowledgeListPage() {
  const m = useMessages(knowledgeMessages);
  const filters = useUrlFilters();
  const { viewer } = useViewer();
  const { reference } = useReference();
  const writable = useWritableOrganisations();
  const query = useQuery(KnowledgeItemsQuery, {
    variables: {
      filter: {
        search: filters.text('q') || null,
        themes: nonEmpty(filters.list<ThemeSlug>('thema')),
        audiences: nonEmpty(filters.list<Audience>('voor')),
        statuses: nonEmpty(filters.list<KnowledgeStatus>('status')),
      },
      first: PAGE_SIZE,
      after: filters.after,
    },
  });
  const waiting = useQuery(ReviewQueueCountQuery, { skip: writable.length === 0, fetchPolicy: 'cache-and-network' }).data?.reviewQueue
    .totalCount;
  // While a new filter loads, the previous results stay (dimmed) instead of flashing away.
  const connection = (query.data ?? query.previousData)?.knowledgeItems;

  return (
    <Page
      title={m.listTitle}
      lead={<p>{m.listLead}</p>}
      wide
      actions={
        writable.length > 0 && (
          <>
            <ButtonLink to="/kennisbank/beoordelen">{waiting ? `${m.reviewQueueLink} (${waiting})` : m.reviewQueueLink}</ButtonLink>
            <ButtonLink variant="primary" to="/kennisbank/nieuw">
              {m.newItem}
            </ButtonLink>
          </>
        )
      }
    >
      <LibraryNav />
      <ListLayout
        filtersTitle={m.filters}
        activeFilters={filters.active}
        filters={<KnowledgeFilters filters={filters} reference={reference} showStatuses={(viewer?.memberships.length ?? 0) > 0} />}
      >
        <BriefingBar />
        <ListResults
          connection={connection}
          loading={query.loading}
          error={query.error}
          onRetry={() => void query.refetch()}
          page={filters.page}
          pageSize={PAGE_SIZE}
          texts={m}
        >
          {(node) => <KnowledgeCard key={node.id} item={node} />}
        </ListResults>
      </ListLayout>
    </Page>
  );
}

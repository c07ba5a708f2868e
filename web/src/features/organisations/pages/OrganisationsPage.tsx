import { useQuery } from '@apollo/client/react';
import type { OrganisationKind, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { CardList } from '../../../ui/Card';
import { ListLayout } from '../../../ui/ListLayout';
import { Page } from '../../../ui/Page';
import { Pagination } from '../../../ui/Pagination';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/States';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import styles from '../../initiatives/pages/ListPage.module.css';
import { useReference } from '../../reference/hooks/useReference';
import { OrganisationCard } from '../components/OrganisationCard';
import { OrganisationFilters } from '../components/OrganisationFilters';
import { OrganisationsQuery } from '../graphql/organisations.query';
import { organisationMessages } from '../messages';

const PAGE_SIZE = 20;
const nonEmpty = <T,>(list: T[]): T[] | null => (list.length > 0 ? list : null);

export function OrganisationsPage() {
  const m = useMessages(organisationMessages);
  const filters = useUrlFilters();
  const { reference } = useReference();
  const query = useQuery(OrganisationsQuery, {
    variables: {
      filter: {
        search: filters.text('q') || null,
        kinds: nonEmpty(filters.list<OrganisationKind>('soort')),
        themes: nonEmpty(filters.list<ThemeSlug>('thema')),
        provinceCodes: nonEmpty(filters.list('provincie')),
        municipalityCodes: nonEmpty(filters.list('gemeente')),
      },
      first: PAGE_SIZE,
      after: filters.after,
    },
  });
  const connection = (query.data ?? query.previousData)?.organisations;

  return (
    <Page title={m.listTitle} lead={<p>{m.listLead}</p>} wide>
      <ListLayout
        filtersTitle={m.filters}
        activeFilters={filters.active}
        filters={<OrganisationFilters filters={filters} reference={reference} />}
      >
        <p className={styles.count} role="status">
          {connection ? m.results(connection.totalCount) : ''}
        </p>
        {query.error && <ErrorNotice onRetry={() => void query.refetch()} />}
        {!connection && query.loading && <Loading />}
        {connection && connection.totalCount === 0 && (
          <EmptyState title={m.noResultsTitle}>
            <p>{m.noResultsBody}</p>
          </EmptyState>
        )}
        {connection && connection.edges.length > 0 && (
          <div className={styles.results} data-stale={query.loading}>
            <CardList label={m.listTitle}>
              {connection.edges.map(({ node }) => (
                <OrganisationCard key={node.id} organisation={node} />
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
          </div>
        )}
      </ListLayout>
    </Page>
  );
}

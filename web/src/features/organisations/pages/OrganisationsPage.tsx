import { useQuery } from '@apollo/client/react';
import type { OrganisationKind, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { ListLayout } from '../../../ui/ListLayout';
import { ListResults } from '../../../ui/ListResults';
import { Page } from '../../../ui/Page';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { ExportLinks } from '../../open-data/components/ExportLinks';
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
        filters={
          <>
            <OrganisationFilters filters={filters} reference={reference} />
            <ExportLinks kind="organisations" />
          </>
        }
      >
        <ListResults
          connection={connection}
          loading={query.loading}
          error={query.error}
          onRetry={() => void query.refetch()}
          page={filters.page}
          pageSize={PAGE_SIZE}
          texts={m}
        >
          {(node) => <OrganisationCard key={node.id} organisation={node} />}
        </ListResults>
      </ListLayout>
    </Page>
  );
}

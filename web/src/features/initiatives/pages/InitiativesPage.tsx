import { useQuery } from '@apollo/client/react';
import type { InitiativeStatus, TargetGroup, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { ListLayout } from '../../../ui/ListLayout';
import { ListResults } from '../../../ui/ListResults';
import { Page } from '../../../ui/Page';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useViewer } from '../../account/hooks/useViewer';
import { ExportLinks } from '../../open-data/components/ExportLinks';
import { useReference } from '../../reference/hooks/useReference';
import { InitiativeCard } from '../components/InitiativeCard';
import { InitiativeFilters } from '../components/InitiativeFilters';
import { InitiativesQuery } from '../graphql/initiatives.query';
import { initiativeMessages } from '../messages';

export const PAGE_SIZE = 20;

export function InitiativesPage() {
  const m = useMessages(initiativeMessages);
  const filters = useUrlFilters();
  const { viewer } = useViewer();
  const { reference } = useReference();
  const statuses = filters.list<InitiativeStatus>('status');
  const variables = {
    filter: {
      search: filters.text('q') || null,
      themes: nonEmpty(filters.list<ThemeSlug>('thema')),
      provinceCodes: nonEmpty(filters.list('provincie')),
      municipalityCodes: nonEmpty(filters.list('gemeente')),
      targetGroups: nonEmpty(filters.list<TargetGroup>('doelgroep')),
      statuses: nonEmpty(statuses),
    },
    first: PAGE_SIZE,
    after: filters.after,
  };
  const query = useQuery(InitiativesQuery, { variables });
  // While a new filter loads, the previous results stay (dimmed) instead of flashing away.
  const data = query.data ?? query.previousData;
  const connection = data?.initiatives;

  return (
    <Page title={m.listTitle} lead={<p>{m.listLead}</p>} wide>
      <ListLayout
        filtersTitle={m.filters}
        activeFilters={filters.active}
        filters={
          <>
            <InitiativeFilters
              filters={filters}
              reference={reference}
              statuses={viewer ? ['PUBLISHED', 'FUNDED', 'DRAFT', 'CLOSED'] : ['PUBLISHED', 'FUNDED']}
            />
            <ExportLinks kind="initiatives" />
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
          {(node) => <InitiativeCard key={node.id} initiative={node} />}
        </ListResults>
      </ListLayout>
    </Page>
  );
}

export function nonEmpty<T>(list: T[]): T[] | null {
  return list.length > 0 ? list : null;
}

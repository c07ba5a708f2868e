import { useQuery } from '@apollo/client/react';
import type { PublicationKind, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { Checkbox, CheckboxGroup } from '../../../ui/CheckboxGroup';
import { ClearFilters, ListLayout } from '../../../ui/ListLayout';
import { ListResults } from '../../../ui/ListResults';
import { Page } from '../../../ui/Page';
import { SearchBox } from '../../../ui/SearchBox';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { LibraryNav } from '../../knowledge/components/LibraryNav';
import { useReference } from '../../reference/hooks/useReference';
import { PublicationCard } from '../components/PublicationCard';
import { PublicationsQuery } from '../graphql/publications.query';
import { PUBLICATION_KINDS, publicationMessages } from '../messages';

const PAGE_SIZE = 20;

const nonEmpty = <T,>(list: T[]): T[] | null => (list.length > 0 ? list : null);

/** `/publicaties`: the partners' publications, newest first, with filters in the address (`q`, `soort`, `thema`, `open`). */
export function PublicationsPage() {
  const m = useMessages(publicationMessages);
  const filters = useUrlFilters();
  const { reference } = useReference();
  const query = useQuery(PublicationsQuery, {
    variables: {
      filter: {
        search: filters.text('q') || null,
        kinds: nonEmpty(filters.list<PublicationKind>('soort')),
        themes: nonEmpty(filters.list<ThemeSlug>('thema')),
        openForCoSigning: filters.text('open') === 'ja' ? true : null,
      },
      first: PAGE_SIZE,
      after: filters.after,
    },
  });
  const connection = (query.data ?? query.previousData)?.publications;

  return (
    <Page title={m.listTitle} lead={<p>{m.listLead}</p>} wide>
      <LibraryNav />
      <ListLayout
        filtersTitle={m.filters}
        activeFilters={filters.active}
        filters={
          <>
            <SearchBox
              label={m.searchLabel}
              hint={m.searchHint}
              buttonLabel={m.search}
              value={filters.text('q')}
              onSearch={(q) => filters.set('q', q)}
            />
            <CheckboxGroup<PublicationKind>
              legend={m.kinds}
              name="soort"
              options={PUBLICATION_KINDS.map((kind) => ({ value: kind, label: m.kind[kind] }))}
              value={filters.list('soort')}
              onChange={(v) => filters.set('soort', v)}
            />
            {reference && (
              <CheckboxGroup<ThemeSlug>
                legend={m.themes}
                name="thema"
                options={reference.themes}
                value={filters.list('thema')}
                onChange={(v) => filters.set('thema', v)}
              />
            )}
            <Checkbox
              name="open"
              label={m.openOnly}
              checked={filters.text('open') === 'ja'}
              onChange={(checked) => filters.set('open', checked ? 'ja' : '')}
            />
            <ClearFilters active={filters.active} onClear={filters.clear} label={m.clearFilters} />
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
          {(node) => <PublicationCard key={node.id} publication={node} />}
        </ListResults>
      </ListLayout>
    </Page>
  );
}

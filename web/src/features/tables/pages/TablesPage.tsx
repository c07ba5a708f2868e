import { useQuery } from '@apollo/client/react';
import type { TableKind, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { ButtonLink } from '../../../ui/Button';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { ClearFilters, ListLayout } from '../../../ui/ListLayout';
import { ListResults } from '../../../ui/ListResults';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Page } from '../../../ui/Page';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useViewer } from '../../account/hooks/useViewer';
import { useReference } from '../../reference/hooks/useReference';
import { InvitationsInbox } from '../components/InvitationsInbox';
import { TableCard } from '../components/TableCard';
import { TablesQuery } from '../graphql/tables.query';
import { tableMessages } from '../messages';

const PAGE_SIZE = 20;
export const TABLE_KINDS: TableKind[] = ['LOCAL_TABLE', 'WORKING_GROUP', 'WORK_SESSION_SERIES'];

/** `/tafels`: every table, filtered in the address (`soort`, `thema`, `provincie`, `gemeente`); a signed-in person's invitations. */
export function TablesPage() {
  const m = useMessages(tableMessages);
  const filters = useUrlFilters();
  const { viewer } = useViewer();
  const { reference } = useReference();
  const kinds = filters.list<TableKind>('soort');
  const themes = filters.list<ThemeSlug>('thema');
  const provinces = filters.list('provincie');
  const municipalities = filters.list('gemeente');
  const variables = {
    filter: {
      kinds: kinds.length ? kinds : null,
      themes: themes.length ? themes : null,
      provinceCodes: provinces.length ? provinces : null,
      municipalityCodes: municipalities.length ? municipalities : null,
    },
    first: PAGE_SIZE,
    after: filters.after,
  };
  const query = useQuery(TablesQuery, { variables });
  const data = query.data ?? query.previousData;
  const organises = viewer?.isAdmin || viewer?.memberships.some((membership) => membership.role !== 'VIEWER');

  return (
    <Page
      title={m.listTitle}
      lead={<p>{m.listLead}</p>}
      wide
      actions={organises ? <ButtonLink to="/tafels/nieuw">{m.newTable}</ButtonLink> : undefined}
    >
      {viewer && <InvitationsInbox />}
      <ListLayout
        filtersTitle={m.filters}
        activeFilters={filters.active}
        filters={
          <>
            <CheckboxGroup<TableKind>
              legend={m.kinds}
              name="soort"
              options={TABLE_KINDS.map((kind) => ({ value: kind, label: m.kind[kind] }))}
              value={kinds}
              onChange={(v) => filters.set('soort', v)}
            />
            {reference && (
              <>
                <CheckboxGroup<ThemeSlug>
                  legend={m.themes}
                  name="thema"
                  options={reference.themes}
                  value={themes}
                  onChange={(v) => filters.set('thema', v)}
                />
                <MultiSelect
                  label={m.provinces}
                  options={reference.provinces}
                  value={provinces}
                  onChange={(v) => filters.set('provincie', v)}
                />
                <MultiSelect
                  label={m.municipalities}
                  options={reference.municipalities}
                  value={municipalities}
                  onChange={(v) => filters.set('gemeente', v)}
                />
              </>
            )}
            <ClearFilters active={filters.active} onClear={filters.clear} label={m.clearFilters} />
          </>
        }
      >
        <ListResults
          connection={data?.tables}
          loading={query.loading}
          error={query.error}
          onRetry={() => void query.refetch()}
          page={filters.page}
          pageSize={PAGE_SIZE}
          texts={m}
        >
          {(node) => <TableCard key={node.id} table={node} />}
        </ListResults>
      </ListLayout>
    </Page>
  );
}

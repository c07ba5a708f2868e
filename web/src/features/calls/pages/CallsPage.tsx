import { useQuery } from '@apollo/client/react';
import type { CallStatus, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { ButtonLink } from '../../../ui/Button';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { ClearFilters, ListLayout } from '../../../ui/ListLayout';
import { ListResults } from '../../../ui/ListResults';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Page } from '../../../ui/Page';
import { SearchBox } from '../../../ui/SearchBox';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useViewer } from '../../account/hooks/useViewer';
import { useReference } from '../../reference/hooks/useReference';
import { CallCard } from '../components/CallCard';
import { CallsQuery } from '../graphql/calls.query';
import { callMessages } from '../messages';

const PAGE_SIZE = 20;
const STATUSES: CallStatus[] = ['OPEN', 'CLOSED', 'DECIDED', 'DRAFT'];

/** `/oproepen`: open calls by default; filters in the address (`q`, `thema`, `provincie`, `status`). */
export function CallsPage() {
  const m = useMessages(callMessages);
  const filters = useUrlFilters();
  const { viewer } = useViewer();
  const { reference } = useReference();
  const statuses = filters.list<CallStatus>('status');
  const themes = filters.list<ThemeSlug>('thema');
  const provinces = filters.list('provincie');
  const variables = {
    filter: {
      search: filters.text('q') || null,
      themes: themes.length ? themes : null,
      provinceCodes: provinces.length ? provinces : null,
      statuses: statuses.length ? statuses : (['OPEN'] as CallStatus[]),
    },
    first: PAGE_SIZE,
    after: filters.after,
  };
  const query = useQuery(CallsQuery, { variables });
  const data = query.data ?? query.previousData;
  const connection = data?.calls;
  const editsFund = viewer?.memberships.some((membership) => membership.organisation.kind === 'FUND' && membership.role !== 'VIEWER');

  return (
    <Page
      title={m.listTitle}
      lead={<p>{m.listLead}</p>}
      wide
      actions={editsFund ? <ButtonLink to="/oproepen/nieuw">{m.newCall}</ButtonLink> : undefined}
    >
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
              </>
            )}
            <CheckboxGroup<CallStatus>
              legend={m.statuses}
              name="status"
              options={STATUSES.filter((status) => status !== 'DRAFT' || editsFund).map((status) => ({
                value: status,
                label: m.callStatus[status],
              }))}
              value={statuses.length ? statuses : ['OPEN']}
              onChange={(v) => filters.set('status', v)}
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
          {(node) => <CallCard key={node.id} call={node} />}
        </ListResults>
      </ListLayout>
    </Page>
  );
}

import type { Audience, KnowledgeStatus, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { ClearFilters } from '../../../ui/ListLayout';
import { SearchBox } from '../../../ui/SearchBox';
import type { useUrlFilters } from '../../../ui/useUrlFilters';
import type { Reference } from '../../reference/hooks/useReference';
import { AUDIENCES, KNOWLEDGE_STATUSES, knowledgeMessages } from '../messages';

interface KnowledgeFiltersProps {
  filters: ReturnType<typeof useUrlFilters>;
  reference?: Reference;
  /** Members see their organisations' unpublished items too, and may filter on status. */
  showStatuses: boolean;
}

export function KnowledgeFilters({ filters, reference, showStatuses }: KnowledgeFiltersProps) {
  const m = useMessages(knowledgeMessages);
  return (
    <>
      <SearchBox
        label={m.searchLabel}
        hint={m.searchHint}
        buttonLabel={m.search}
        value={filters.text('q')}
        onSearch={(q) => filters.set('q', q)}
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
      <CheckboxGroup<Audience>
        legend={m.audiences}
        name="voor"
        options={AUDIENCES.map((audience) => ({ value: audience, label: m.audience[audience] }))}
        value={filters.list('voor')}
        onChange={(v) => filters.set('voor', v)}
      />
      {showStatuses && (
        <CheckboxGroup<KnowledgeStatus>
          legend={m.statuses}
          name="status"
          options={KNOWLEDGE_STATUSES.map((status) => ({ value: status, label: m.status[status] }))}
          value={filters.list('status')}
          onChange={(v) => filters.set('status', v)}
        />
      )}
      <ClearFilters active={filters.active} onClear={filters.clear} label={m.clearFilters} />
    </>
  );
}

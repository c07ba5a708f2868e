import type { InitiativeStatus, TargetGroup, ThemeSlug } from '../../../gql/graphql';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { ClearFilters } from '../../../ui/ListLayout';
import { MultiSelect } from '../../../ui/MultiSelect';
import { SearchBox } from '../../../ui/SearchBox';
import type { useUrlFilters } from '../../../ui/useUrlFilters';
import type { Reference } from '../../reference/hooks/useReference';
import { initiativeMessages } from '../messages';

interface InitiativeFiltersProps {
  filters: ReturnType<typeof useUrlFilters>;
  reference?: Reference;
  statuses: InitiativeStatus[];
}

export function InitiativeFilters({ filters, reference, statuses }: InitiativeFiltersProps) {
  const m = useMessages(initiativeMessages);
  const l = useMessages(labels);
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
        <>
          <CheckboxGroup<ThemeSlug>
            legend={m.themes}
            name="thema"
            options={reference.themes}
            value={filters.list('thema')}
            onChange={(v) => filters.set('thema', v)}
          />
          <MultiSelect
            label={m.provinces}
            options={reference.provinces}
            value={filters.list('provincie')}
            onChange={(v) => filters.set('provincie', v)}
          />
          <MultiSelect
            label={m.municipalities}
            hint={m.municipalitiesHint}
            options={reference.municipalities}
            value={filters.list('gemeente')}
            onChange={(v) => filters.set('gemeente', v)}
          />
          <CheckboxGroup<TargetGroup>
            legend={m.targetGroups}
            name="doelgroep"
            options={reference.targetGroups}
            value={filters.list('doelgroep')}
            onChange={(v) => filters.set('doelgroep', v)}
          />
        </>
      )}
      <CheckboxGroup<InitiativeStatus>
        legend={m.statuses}
        name="status"
        options={statuses.map((status) => ({ value: status, label: l.initiativeStatus[status] }))}
        value={filters.list('status')}
        onChange={(v) => filters.set('status', v)}
      />
      <ClearFilters active={filters.active} onClear={filters.clear} label={m.clearFilters} />
    </>
  );
}

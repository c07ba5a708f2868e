import type { OrganisationKind, ThemeSlug } from '../../../gql/graphql';
import { labels, ORGANISATION_KINDS } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { ClearFilters } from '../../../ui/ListLayout';
import { MultiSelect } from '../../../ui/MultiSelect';
import { SearchBox } from '../../../ui/SearchBox';
import type { useUrlFilters } from '../../../ui/useUrlFilters';
import type { Reference } from '../../reference/hooks/useReference';
import { organisationMessages } from '../messages';

export function OrganisationFilters({ filters, reference }: { filters: ReturnType<typeof useUrlFilters>; reference?: Reference }) {
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  return (
    <>
      <SearchBox label={m.searchLabel} buttonLabel={m.search} value={filters.text('q')} onSearch={(q) => filters.set('q', q)} />
      <CheckboxGroup<OrganisationKind>
        legend={m.kinds}
        name="soort"
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: l.organisationKind[kind] }))}
        value={filters.list('soort')}
        onChange={(v) => filters.set('soort', v)}
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
        </>
      )}
      <ClearFilters active={filters.active} onClear={filters.clear} label={m.clearFilters} />
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { TargetGroup, ThemeSlug } from '../../../gql/graphql';
import type { Option } from '../../../ui/MultiSelect';
import { ReferenceQuery } from '../graphql/reference.query';

export interface Reference {
  themes: { value: ThemeSlug; label: string }[];
  targetGroups: { value: TargetGroup; label: string }[];
  provinces: Option[];
  /** All 342, by name, each with its province as detail. */
  municipalities: Option[];
}

/** Reference data as options for filters and forms, in the current language; one query, cached. */
export function useReference() {
  const query = useQuery(ReferenceQuery);
  const reference = useMemo<Reference | undefined>(() => {
    const data = query.data;
    if (!data) return undefined;
    const municipalities = data.provinces
      .flatMap((province) => province.municipalities.map((m) => ({ value: m.code, label: m.name, detail: province.officialName })))
      .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    return {
      themes: data.themes.map((theme) => ({ value: theme.slug, label: theme.name })),
      targetGroups: data.targetGroups.map((group) => ({ value: group.slug, label: group.name })),
      provinces: data.provinces.map((province) => ({ value: province.code, label: province.officialName })),
      municipalities,
    };
  }, [query.data]);
  return { reference, loading: query.loading, error: query.error, refetch: query.refetch };
}

import { type MatrixScenarios, orgId } from '../testing/matrix.js';

/** The overview's queries are public; these valid variables are where the fuzz suite starts from. */
export const MATRIX: MatrixScenarios = {
  mutations: {},
  queries: {
    coverage: {
      document:
        'query ($level: RegionLevel!, $theme: ThemeSlug, $o: ID) { coverage(level: $level, theme: $theme, organisationId: $o) { code initiatives gap } }',
      variables: async (f) => ({ level: 'MUNICIPALITY', theme: 'EDUCATION', o: orgId(f) }),
    },
    coverageTotals: {
      document: 'query ($o: ID) { coverageTotals(organisationId: $o) { theme initiatives } }',
      variables: async (f) => ({ o: orgId(f) }),
    },
    coverageTrend: {
      document:
        'query ($theme: ThemeSlug, $m: Int, $o: ID) { coverageTrend(theme: $theme, months: $m, organisationId: $o) { month initiativesPublished } }',
      variables: async (f) => ({ theme: 'LABOUR_MARKET', m: 6, o: orgId(f) }),
    },
  },
};

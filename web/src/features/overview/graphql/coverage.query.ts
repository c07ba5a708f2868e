import { graphql } from '../../../gql';

export const CoverageQuery = graphql(`
  query Coverage($level: RegionLevel!, $theme: ThemeSlug, $organisationId: ID) {
    coverage(level: $level, theme: $theme, organisationId: $organisationId) {
      code
      name
      population
      initiatives
      fundsServing
      fundingRequested
      fundingCommitted
      tables
      openCommitments
      perHundredThousand
      gap
    }
  }
`);

import { graphql } from '../../../gql';

export const CoverageDashboardQuery = graphql(`
  query CoverageDashboard($theme: ThemeSlug, $months: Int, $organisationId: ID) {
    coverageTotals(organisationId: $organisationId) {
      theme
      name
      initiatives
      fundsServing
      fundingRequested
      fundingCommitted
      tables
      openCommitments
    }
    coverageTrend(theme: $theme, months: $months, organisationId: $organisationId) {
      month
      initiativesPublished
      fundingCommitted
      tablesScheduled
    }
  }
`);

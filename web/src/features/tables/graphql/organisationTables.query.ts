import { graphql } from '../../../gql';

/** On an organisation's page: the tables it organises or is invited to, and (members) its follow-up over all of them. */
export const OrganisationTablesQuery = graphql(`
  query OrganisationTables($id: ID!) {
    tables(filter: { organisationId: $id }, first: 10) {
      totalCount
      edges {
        node {
          id
          title
          kind
          status
        }
      }
    }
    organisation(id: $id) {
      id
      tableFollowUp {
        overdueActions {
          ...ActionRow
        }
        openActions {
          ...ActionRow
        }
        openCommitments {
          ...CommitmentRow
        }
      }
    }
  }
`);

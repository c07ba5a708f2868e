import { graphql } from '../../../gql';

export const OrganisationTablesQuery = graphql(`
  query OrganisationTables($organisationId: ID!) {
    tables(filter: { organisationId: $organisationId }, first: 50) {
      totalCount
      edges {
        node {
          id
          title
          kind
          status
          startsOn
          theme {
            slug
            name
          }
          municipality {
            code
            name
          }
          followUp {
            openCommitments {
              id
              kind
              status
              description
              amount
              organisation {
                id
                name
              }
            }
            openActions {
              id
              title
              dueOn
              owner {
                id
                name
              }
            }
            overdueActions {
              id
              title
              dueOn
              owner {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

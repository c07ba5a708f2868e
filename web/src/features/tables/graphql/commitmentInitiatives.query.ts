import { graphql } from '../../../gql';

/** Published initiatives a commitment can be for: the table's theme and place. */
export const CommitmentInitiativesQuery = graphql(`
  query CommitmentInitiatives($filter: InitiativeFilter) {
    initiatives(filter: $filter, first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

import { graphql } from '../../../gql';

/** The candidate pool the wizard composes from while the quotas change (organisers and admins only). */
export const CompositionCandidatesQuery = graphql(`
  query CompositionCandidates($id: ID!) {
    table(id: $id) {
      id
      compositionCandidates {
        score
        kind
        organisation {
          id
          name
        }
        reasons {
          criterion
          points
          maxPoints
          explanation
        }
      }
    }
  }
`);

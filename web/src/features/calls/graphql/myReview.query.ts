import { graphql } from '../../../gql';

/** A reviewer's own review of one application, to fill the scoring form with the points given before. */
export const MyReviewQuery = graphql(`
  query MyReview($id: ID!) {
    application(id: $id) {
      id
      reviews {
        id
        comment
        total
        scores {
          criterion {
            id
          }
          points
        }
      }
    }
  }
`);

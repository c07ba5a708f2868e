import { graphql } from '../../../gql';

/** One application in full for the funders' board: motivation, answers and the reviewers' points per criterion. */
export const ApplicationDetailsQuery = graphql(`
  query ApplicationDetails($id: ID!) {
    application(id: $id) {
      id
      motivation
      answers
      criterionScores {
        criterion {
          id
          title
          maxPoints
        }
        mean
        min
        max
      }
      reviews {
        id
        total
        comment
        reviewer {
          id
          name
        }
      }
    }
  }
`);

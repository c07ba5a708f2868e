import { graphql } from '../../../gql';

/** One call with what the viewer may see of its applications (every one for funders and reviewers). */
export const CallQuery = graphql(`
  query Call($id: ID!) {
    call(id: $id) {
      ...CallCard
      description
      budget
      questions
      viewerIsFunder
      viewerIsReviewer
      rubric {
        id
        title
        description
        maxPoints
      }
      municipalities {
        code
        name
      }
      funders {
        amount
        fund {
          id
          name
        }
      }
      reviewers {
        id
        name
      }
      applications(first: 100) {
        totalCount
        edges {
          node {
            ...ApplicationRow
          }
        }
      }
    }
  }
`);

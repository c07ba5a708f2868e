import { graphql } from '../../../gql';

/** How many texts wait for the viewer's review, for the link to the queue. */
export const ReviewQueueCountQuery = graphql(`
  query ReviewQueueCount {
    reviewQueue(first: 1) {
      totalCount
    }
  }
`);

import { graphql } from '../../../gql';

/** What a list shows of a knowledge item. */
export const KnowledgeCardFragment = graphql(`
  fragment KnowledgeCard on KnowledgeItem {
    id
    question
    shortAnswer
    status
    audiences
    updatedAt
    themes {
      slug
      name
    }
    organisation {
      id
      name
    }
  }
`);

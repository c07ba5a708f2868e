import { graphql } from '../../../gql';

/** One item with everything its page shows; reviews and versions come back empty for non-members. */
export const KnowledgeItemQuery = graphql(`
  query KnowledgeItem($id: ID!) {
    knowledgeItem(id: $id) {
      id
      question
      shortAnswer
      longAnswer
      longAnswerHtml
      quote
      status
      audiences
      version
      mayReview
      createdAt
      updatedAt
      submittedAt
      publishedAt
      themes {
        slug
        name
      }
      sources {
        title
        url
        publisher
        year
      }
      organisation {
        id
        name
      }
      reviews {
        id
        decision
        comment
        reviewerName
        version
        createdAt
      }
      versions {
        version
        authorName
        changedFields
        createdAt
      }
    }
  }
`);

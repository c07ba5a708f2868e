import { graphql } from '../../../gql';

/** The items chosen for a briefing, for its print view (one request per item, all from the cache once seen). */
export const BriefingItemQuery = graphql(`
  query BriefingItem($id: ID!) {
    knowledgeItem(id: $id) {
      id
      question
      shortAnswer
      longAnswerHtml
      status
      audiences
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
    }
  }
`);

import { graphql } from '../../../gql';

/** The viewer's organisations and their initiatives: what they may apply with. */
export const MyInitiativesQuery = graphql(`
  query MyInitiatives {
    me {
      id
      memberships {
        id
        role
        organisation {
          id
          name
          kind
          initiatives(first: 100) {
            edges {
              node {
                id
                title
                status
              }
            }
          }
        }
      }
    }
  }
`);

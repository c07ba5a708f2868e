import { graphql } from '../../../gql';

/** Who is signed in, known everywhere in the app (header, protected routes, what a member may edit). */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      isAdmin
      memberships {
        id
        role
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

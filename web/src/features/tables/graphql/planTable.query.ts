import { graphql } from '../../../gql';

export const PlanTableQuery = graphql(`
  query PlanTable($id: ID!) {
    table(id: $id) {
      id
      title
      kind
      capacity
      viewerMayManage
      theme {
        slug
      }
      municipality {
        code
        province {
          code
        }
      }
      organiser {
        id
      }
      coOrganiser {
        id
      }
    }
  }
`);

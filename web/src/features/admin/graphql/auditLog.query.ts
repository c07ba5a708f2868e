import { graphql } from '../../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          entity
          entityId
          organisationId
          changedFields
          actorId
          actorPseudonym
          requestId
          actor {
            id
            name
            email
          }
        }
      }
    }
  }
`);

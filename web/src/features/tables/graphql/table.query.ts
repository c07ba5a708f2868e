import { graphql } from '../../../gql';

export const TableQuery = graphql(`
  query Table($id: ID!) {
    table(id: $id) {
      ...TableCard
      description
      url
      icsUrl
      viewerMayManage
      coOrganiser {
        id
        name
      }
      sessions {
        id
        startsAt
        endsAt
        location
        joinUrl
        minutes
        agenda {
          id
          title
          description
          durationMinutes
        }
      }
      agenda {
        id
        title
        description
        durationMinutes
        sessionId
      }
      slots {
        id
        startsAt
        yes
        maybe
        no
      }
      invitations {
        id
        response
        waitlisted
        respondedAt
        organisation {
          id
          name
          kind
        }
      }
      joinRequests {
        id
        status
        motivation
        needs
        createdAt
        organisation {
          id
          name
        }
        person {
          name
        }
      }
      commitments {
        ...CommitmentRow
      }
      actionItems {
        ...ActionRow
      }
      followUp {
        overdueActions {
          ...ActionRow
        }
        openActions {
          ...ActionRow
        }
        openCommitments {
          ...CommitmentRow
        }
      }
    }
  }
`);

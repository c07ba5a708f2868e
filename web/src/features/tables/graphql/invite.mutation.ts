import { graphql } from '../../../gql';

export const InviteMutation = graphql(`
  mutation Invite($tableId: ID!, $organisationIds: [ID!]!) {
    invite(tableId: $tableId, organisationIds: $organisationIds) {
      id
      alreadyInvited
      response
      organisation {
        id
        name
      }
    }
  }
`);

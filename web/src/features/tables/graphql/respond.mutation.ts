import { graphql } from '../../../gql';

export const RespondToInvitationMutation = graphql(`
  mutation RespondToInvitation($invitationId: ID!, $response: RsvpResponse!) {
    respondToInvitation(invitationId: $invitationId, response: $response) { id response waitlisted respondedAt }
  }
`);

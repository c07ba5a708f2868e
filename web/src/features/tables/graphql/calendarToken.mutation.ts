import { graphql } from '../../../gql';

export const CreateCalendarTokenMutation = graphql(`
  mutation CreateCalendarToken { createCalendarToken }
`);

export const RevokeCalendarTokenMutation = graphql(`
  mutation RevokeCalendarToken { revokeCalendarToken }
`);

import { graphql } from '../../../gql';

export const AppointAdminMutation = graphql(`
  mutation AppointAdmin($email: String!) {
    appointAdmin(email: $email) {
      id
      name
      email
    }
  }
`);

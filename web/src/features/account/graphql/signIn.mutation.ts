import { graphql } from '../../../gql';

/** The API sets the httpOnly session cookie; the web app never handles the token itself. */
export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      viewer {
        id
        name
      }
    }
  }
`);

import { SIGN_IN, signIn, TEST_PASSWORD } from '../testing/accounts.js';
import { accountOf, fresh, type MatrixScenarios, matrix, newAccountEmail } from '../testing/matrix.js';

/** How the permission matrix (tests/security/permission-matrix.test.ts) calls this feature's operations as each actor. */
export const MATRIX: MatrixScenarios = {
  mutations: {
    signUp: {
      document: 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
      variables: async () => ({ input: { email: fresh(), name: 'Nieuw Account', password: TEST_PASSWORD } }),
    },
    signIn: {
      document: SIGN_IN,
      variables: async (f, actor) => ({
        e: actor === 'ANONYMOUS' ? (await newAccountEmail()).email : accountOf(f, actor).email,
        p: TEST_PASSWORD,
      }),
    },
    signOut: {
      document: 'mutation { signOut }',
      variables: async () => ({}),
      // A session of its own, so that signing out leaves the actor's fixture token alone.
      token: async (f, actor) => {
        if (actor === 'ANONYMOUS') return undefined;
        return (await signIn(matrix.app, accountOf(f, actor).email)).data?.signIn.token;
      },
    },
    appointAdmin: {
      document: 'mutation ($e: String!) { appointAdmin(email: $e) { id } }',
      variables: async () => ({ e: (await newAccountEmail()).email }),
    },
    dismissAdmin: {
      document: 'mutation ($id: ID!) { dismissAdmin(accountId: $id) }',
      variables: async () => {
        const { email, accountId } = await newAccountEmail();
        await matrix.app.gql('mutation ($e: String!) { appointAdmin(email: $e) { id } }', { e: email }, { token: matrix.firstAdmin.token });
        return { id: accountId };
      },
    },
  },
  queries: {
    admins: { document: '{ admins { id } }', variables: async () => ({}) },
  },
};

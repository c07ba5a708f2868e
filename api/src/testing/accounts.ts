import { randomBytes } from 'node:crypto';
import type { GraphqlResponse, RequestOptions, TestApp } from './test-app.js';

export const TEST_PASSWORD = 'zeven-kleine-geitjes-42';

export interface SignedUp {
  token: string;
  accountId: string;
  email: string;
}

/** Signs up a new account through the API, as a person would, and returns its bearer token. */
export async function signUp(app: TestApp, overrides: { email?: string; name?: string; password?: string } = {}): Promise<SignedUp> {
  const email = overrides.email ?? `tester-${randomBytes(4).toString('hex')}@example.nl`;
  const response = await app.gql('mutation ($input: SignUpInput!) { signUp(input: $input) { token viewer { id } } }', {
    input: { email, name: overrides.name ?? 'Test Persoon', password: overrides.password ?? TEST_PASSWORD },
  });
  if (!response.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(response.errors)}`);
  return { token: response.data.signUp.token, accountId: response.data.signUp.viewer.id, email };
}

export const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';

/** Tries to sign in through the API; the response carries the session token and the session cookie. */
export function signIn(
  app: Pick<TestApp, 'gql'>,
  email: string,
  password = TEST_PASSWORD,
  options: RequestOptions = {},
): Promise<GraphqlResponse<{ signIn: { token: string } }>> {
  return app.gql(SIGN_IN, { e: email, p: password }, options);
}

/** The `name=value` part of the session cookie a response sets ('' when it sets none). */
export function sessionCookie(response: GraphqlResponse): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

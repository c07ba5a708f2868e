import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app.js';

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

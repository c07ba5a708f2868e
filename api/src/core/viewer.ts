/** The roles an account can have in an organisation (`MembershipRole` in the API). */
export type MembershipRole = 'OWNER' | 'EDITOR' | 'VIEWER';

/** Who is asking: resolved once per request from the session cookie or bearer token. */
export interface Viewer {
  accountId: string;
  isAdmin: boolean;
  /** The viewer's role per organisation id. */
  roles: ReadonlyMap<string, MembershipRole>;
  /** The session or API token the request came with, so that `signOut` can end it. */
  credentialId: string;
}

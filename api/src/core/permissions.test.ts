import { describe, expect, it } from 'vitest';
import { DOC_END, DOC_START, EDITORS, EVERYONE, Permissions, type PermissionTable } from './permissions.js';

/** A feature's table with an actor of its own and a subject other than "the organisation in the arguments". */
const CALLS: PermissionTable = {
  actors: [{ id: 'REVIEWER', label: 'reviewer', description: 'an account named reviewer of the call' }],
  operations: [
    { kind: 'mutation', operation: 'scoreApplication', subject: 'the call', allowed: ['REVIEWER'], rule: 'Only its reviewers.' },
    { kind: 'mutation', operation: 'openCall', subject: 'a funder of the call', allowed: EDITORS, rule: 'EDITORs and OWNERs; admins.' },
    { kind: 'query', operation: 'call', allowed: EVERYONE, rule: 'Public.' },
  ],
};

describe('the permission table', () => {
  const permissions = new Permissions([CALLS]);

  it('adds the actors features define after the base ones', () => {
    expect(permissions.actorIds).toEqual(['ANONYMOUS', 'SIGNED_IN', 'VIEWER', 'EDITOR', 'OWNER', 'OTHER_OWNER', 'ADMIN', 'REVIEWER']);
  });

  it('writes a rule once: the doc row and the schema line both name the subject', () => {
    const doc = permissions.withTables(`intro\n${DOC_START}\nold\n${DOC_END}\noutro`);
    expect(doc).toContain('| `scoreApplication` | — | — | — | — | — | — | — | ✓ | (roles in the call) Only its reviewers. |');
    expect(doc).toContain('| reviewer | an account named reviewer of the call |');
    expect(doc.startsWith('intro\n') && doc.endsWith('\noutro')).toBe(true);
  });

  it("opens a public row to the features' actors too, and nothing else", () => {
    expect(permissions.allows(permissions.operation('call')!, 'REVIEWER')).toBe(true);
    expect(permissions.allows(permissions.operation('openCall')!, 'REVIEWER')).toBe(false);
    expect(permissions.allows(permissions.operation('scoreApplication')!, 'REVIEWER')).toBe(true);
    expect(permissions.allows(permissions.operation('scoreApplication')!, 'ADMIN')).toBe(false);
    expect(permissions.describe(permissions.operation('openCall')!)).toBe(
      'Who may call it: (roles in a funder of the call) EDITORs and OWNERs; admins.',
    );
  });
});

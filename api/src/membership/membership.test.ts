import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, signUp } from '../testing/accounts.js';
import { organisationWithMembers } from '../testing/registry.js';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let admin: SignedUp;
beforeAll(async () => {
  app = await startTestApp();
  admin = await signUp(app, { name: 'Beheerder' });
});
afterAll(() => app?.stop());

/** An organisation with an OWNER, written directly: these tests are about members, not the registry. */
const organisationOwnedBy = (owner: SignedUp) => organisationWithMembers(app, [[owner, 'OWNER']]);

const ADD =
  'mutation ($o: ID!, $e: String!, $r: MembershipRole!) { addMember(organisationId: $o, email: $e, role: $r) { id role person { id name email } organisation { id } } }';
const CHANGE = 'mutation ($m: ID!, $r: MembershipRole!) { changeMemberRole(membershipId: $m, role: $r) { id role } }';
const REMOVE = 'mutation ($m: ID!) { removeMember(membershipId: $m) }';
const LEAVE = 'mutation ($o: ID!) { leaveOrganisation(organisationId: $o) }';
const MEMBERS = 'query ($id: ID!) { organisation(id: $id) { members { id role person { name email } } } }';

describe('members', () => {
  it('lets an OWNER add an existing account by e-mail (any case), and records it', async () => {
    const owner = await signUp(app);
    const editor = await signUp(app, { name: 'Eva Editor' });
    const organisationId = await organisationOwnedBy(owner);
    const added = await app.gql(ADD, { o: organisationId, e: editor.email.toUpperCase(), r: 'EDITOR' }, { token: owner.token });
    expect(added.data?.addMember).toMatchObject({
      role: 'EDITOR',
      person: { id: editor.accountId, name: 'Eva Editor', email: editor.email },
      organisation: { id: organisationId },
    });
    const me = await app.gql('{ me { memberships { role organisation { id } } } }', {}, { token: editor.token });
    expect(me.data?.me.memberships).toEqual([{ role: 'EDITOR', organisation: { id: organisationId } }]);
    const [entry] = await app.sql(
      "SELECT actor_account_id, organisation_id, changed_fields FROM audit_entry WHERE action = 'addMember' AND entity_id = $1",
      [added.data?.addMember.id],
    );
    expect(entry).toEqual({ actor_account_id: owner.accountId, organisation_id: organisationId, changed_fields: ['account', 'role'] });
  });

  it('names the field of an unknown or malformed e-mail, and refuses a second membership with CONFLICT', async () => {
    const owner = await signUp(app);
    const organisationId = await organisationOwnedBy(owner);
    for (const email of ['onbekend@example.nl', 'geen-adres']) {
      const response = await app.gql(ADD, { o: organisationId, e: email, r: 'VIEWER' }, { token: owner.token });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions.fields).toHaveProperty('email');
    }
    expect(codeOf(await app.gql(ADD, { o: organisationId, e: owner.email, r: 'VIEWER' }, { token: owner.token }))).toBe('CONFLICT');
  });

  it('lets only OWNERs (and admins) manage members: EDITOR and VIEWER get FORBIDDEN, strangers NOT_FOUND for memberships', async () => {
    const owner = await signUp(app);
    const editor = await signUp(app);
    const viewer = await signUp(app);
    const stranger = await signUp(app);
    const organisationId = await organisationOwnedBy(owner);
    const editorMembership = (await app.gql(ADD, { o: organisationId, e: editor.email, r: 'EDITOR' }, { token: owner.token })).data
      ?.addMember.id;
    const viewerMembership = (await app.gql(ADD, { o: organisationId, e: viewer.email, r: 'VIEWER' }, { token: owner.token })).data
      ?.addMember.id;

    for (const actor of [editor, viewer, stranger]) {
      expect(codeOf(await app.gql(ADD, { o: organisationId, e: stranger.email, r: 'OWNER' }, { token: actor.token }))).toBe('FORBIDDEN');
    }
    for (const actor of [editor, viewer]) {
      expect(codeOf(await app.gql(CHANGE, { m: viewerMembership, r: 'OWNER' }, { token: actor.token }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(REMOVE, { m: viewerMembership }, { token: actor.token }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.gql(CHANGE, { m: viewerMembership, r: 'OWNER' }, { token: stranger.token }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(REMOVE, { m: viewerMembership }, { token: stranger.token }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(ADD, { o: organisationId, e: stranger.email, r: 'OWNER' }))).toBe('UNAUTHENTICATED');

    expect((await app.gql(CHANGE, { m: editorMembership, r: 'VIEWER' }, { token: owner.token })).data?.changeMemberRole.role).toBe(
      'VIEWER',
    );
    expect((await app.gql(CHANGE, { m: editorMembership, r: 'EDITOR' }, { token: admin.token })).data?.changeMemberRole.role).toBe(
      'EDITOR',
    );
    expect((await app.gql(REMOVE, { m: viewerMembership }, { token: owner.token })).data?.removeMember).toBe(true);
    const roles = await app.sql('SELECT role FROM membership WHERE organisation_id = $1 ORDER BY role', [organisationId]);
    expect(roles.map((r) => r.role)).toEqual(['EDITOR', 'OWNER']);
  });

  it('keeps the last OWNER: it cannot leave, be demoted or removed', async () => {
    const owner = await signUp(app);
    const organisationId = await organisationOwnedBy(owner);
    const [mine] = await app.sql('SELECT id FROM membership WHERE organisation_id = $1', [organisationId]);
    expect(codeOf(await app.gql(LEAVE, { o: organisationId }, { token: owner.token }))).toBe('CONFLICT');
    expect(codeOf(await app.gql(CHANGE, { m: mine.id, r: 'EDITOR' }, { token: owner.token }))).toBe('CONFLICT');
    expect(codeOf(await app.gql(REMOVE, { m: mine.id }, { token: owner.token }))).toBe('CONFLICT');
    expect(codeOf(await app.gql(REMOVE, { m: mine.id }, { token: admin.token }))).toBe('CONFLICT');

    const second = await signUp(app);
    await app.gql(ADD, { o: organisationId, e: second.email, r: 'OWNER' }, { token: owner.token });
    expect(await app.gql(LEAVE, { o: organisationId }, { token: owner.token })).toMatchObject({ data: { leaveOrganisation: true } });
    expect(await app.sql('SELECT account_id, role FROM membership WHERE organisation_id = $1', [organisationId])).toEqual([
      { account_id: second.accountId, role: 'OWNER' },
    ]);
  });

  it('keeps an OWNER when two OWNERs demote each other at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const a = await signUp(app);
      const b = await signUp(app);
      const organisationId = await organisationOwnedBy(a);
      const bMembership = (await app.gql(ADD, { o: organisationId, e: b.email, r: 'OWNER' }, { token: a.token })).data?.addMember.id;
      const [aMembership] = await app.sql('SELECT id FROM membership WHERE account_id = $1', [a.accountId]);
      const results = await Promise.all([
        app.gql(CHANGE, { m: bMembership, r: 'VIEWER' }, { token: a.token }),
        app.gql(CHANGE, { m: aMembership.id, r: 'VIEWER' }, { token: b.token }),
        app.gql(LEAVE, { o: organisationId }, { token: a.token }),
        app.gql(LEAVE, { o: organisationId }, { token: b.token }),
      ]);
      for (const result of results) expect(['OK', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(result));
      const [{ owners }] = await app.sql("SELECT count(*)::int AS owners FROM membership WHERE organisation_id = $1 AND role = 'OWNER'", [
        organisationId,
      ]);
      expect(owners).toBe(1);
    }
  });

  it('adds a person once when two OWNERs add them at the same moment', async () => {
    const owner = await signUp(app);
    const newcomer = await signUp(app);
    const organisationId = await organisationOwnedBy(owner);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.gql(ADD, { o: organisationId, e: newcomer.email, r: 'VIEWER' }, { token: owner.token })),
    );
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });

  it('shows members with name and e-mail to fellow members and admins only', async () => {
    const owner = await signUp(app, { name: 'Olga Owner' });
    const viewer = await signUp(app);
    const stranger = await signUp(app);
    const organisationId = await organisationOwnedBy(owner);
    await app.gql(ADD, { o: organisationId, e: viewer.email, r: 'VIEWER' }, { token: owner.token });

    const asViewer = await app.gql(MEMBERS, { id: organisationId }, { token: viewer.token });
    expect(asViewer.data?.organisation.members.map((m: { role: string }) => m.role)).toEqual(['OWNER', 'VIEWER']);
    expect(asViewer.data?.organisation.members[0].person).toEqual({ name: 'Olga Owner', email: owner.email });
    expect((await app.gql(MEMBERS, { id: organisationId }, { token: admin.token })).data?.organisation.members).toHaveLength(2);
    expect((await app.gql(MEMBERS, { id: organisationId }, { token: stranger.token })).data?.organisation.members).toBeNull();
    expect((await app.gql(MEMBERS, { id: organisationId })).data?.organisation.members).toBeNull();
  });

  it('answers NOT_FOUND for an organisation that does not exist', async () => {
    const owner = await signUp(app);
    for (const id of ['00000000-0000-0000-0000-000000000001', 'geen-uuid']) {
      expect(codeOf(await app.gql(ADD, { o: id, e: owner.email, r: 'VIEWER' }, { token: owner.token }))).toBe('NOT_FOUND');
      expect(codeOf(await app.gql(LEAVE, { o: id }, { token: owner.token }))).toBe('NOT_FOUND');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, signUp } from '../../api/src/testing/accounts.js';
import {
  addMemberByEmail,
  createInitiative,
  createNeed,
  createOrganisation,
  fundProfileInput,
  initiativeInput,
  needInput,
  organisationInput,
  publishInitiative,
  type Team,
  team,
} from '../../api/src/testing/registry.js';
import { codeOf, startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

/**
 * As an outside client over HTTP: a member of a second organisation can neither read the first's
 * drafts nor change its data — by id, through lists, or through nested fields.
 */
let app: TestApp;
let first: Team;
let draftId: string;
let publishedId: string;
let outsider: SignedUp;
let outsiderOrganisationId: string;

beforeAll(async () => {
  app = await startTestApp();
  await signUp(app, { name: 'De eerste (admin)' });
  first = await team(app, { kind: 'FUND', contactEmail: 'secretariaat@fonds.example.nl', contactPhone: '030 123 4567' });
  draftId = await createInitiative(app, first.editor.token, first.organisationId, { title: 'Geheim concept' });
  publishedId = await createInitiative(app, first.editor.token, first.organisationId, { title: 'Gepubliceerd taalcafé' });
  await publishInitiative(app, first.editor.token, publishedId);
  outsider = await signUp(app, { name: 'Otto Buitenstaander' });
  outsiderOrganisationId = await createOrganisation(app, outsider.token);
  const outsiderEditor = await signUp(app);
  await addMemberByEmail(app, outsider.token, outsiderOrganisationId, outsiderEditor.email, 'EDITOR');
});
afterAll(() => app?.stop());

/** Every row of the first organisation, to check that a refused write changed nothing. */
async function snapshot() {
  return JSON.stringify([
    await app.sql('SELECT * FROM organisation WHERE id = $1', [first.organisationId]),
    await app.sql('SELECT * FROM initiative WHERE organisation_id = $1 ORDER BY id', [first.organisationId]),
    await app.sql('SELECT * FROM membership WHERE organisation_id = $1 ORDER BY id', [first.organisationId]),
    await app.sql('SELECT * FROM fund_profile WHERE organisation_id = $1', [first.organisationId]),
    await app.sql('SELECT * FROM need WHERE organisation_id = $1 ORDER BY id', [first.organisationId]),
    await app.sql('SELECT * FROM offer WHERE organisation_id = $1 ORDER BY id', [first.organisationId]),
  ]);
}

describe("another organisation's member", () => {
  it('cannot read a draft by id (NOT_FOUND), while members of its own organisation can', async () => {
    const query = 'query ($id: ID!) { initiative(id: $id) { id title status } }';
    const asOutsider = await app.gql(query, { id: draftId }, { token: outsider.token });
    expect(codeOf(asOutsider)).toBe('NOT_FOUND');
    expect(JSON.stringify(asOutsider)).not.toContain('Geheim concept');
    expect(codeOf(await app.gql(query, { id: draftId }))).toBe('NOT_FOUND');
    expect((await app.gql(query, { id: draftId }, { token: first.viewer.token })).data?.initiative.title).toBe('Geheim concept');
  });

  it('does not find a draft in lists or through nested fields', async () => {
    const queries = [
      [
        'query ($o: ID!) { initiatives(filter: { organisationId: $o, statuses: [DRAFT, PUBLISHED] }, first: 100) { totalCount edges { node { id title } } } }',
        { o: first.organisationId },
      ],
      [
        'query ($o: ID!) { organisation(id: $o) { initiatives(first: 100) { totalCount edges { node { id title } } } } }',
        { o: first.organisationId },
      ],
      [
        'query ($id: ID!) { initiative(id: $id) { organisation { initiatives(first: 10) { totalCount edges { node { id title organisation { initiatives(first: 10) { edges { node { title } } } } } } } } } }',
        { id: publishedId },
      ],
      ['{ initiatives(filter: { search: "Geheim concept" }) { totalCount edges { node { title } } } }', {}],
      ['{ organisations(first: 50) { edges { node { id initiatives(first: 20) { edges { node { title } } } } } } }', {}],
    ] as const;
    for (const [query, variables] of queries) {
      for (const token of [outsider.token, undefined]) {
        const response = await app.gql(query, variables, { token });
        expect(response.errors).toBeUndefined();
        expect(JSON.stringify(response.data)).not.toContain('Geheim concept');
        expect(JSON.stringify(response.data)).not.toContain(draftId);
      }
    }
    const own = await app.gql(queries[1][0], queries[1][1], { token: first.viewer.token });
    expect(JSON.stringify(own.data)).toContain('Geheim concept');
  });

  it('does not reach a draft through the needs of its initiatives', async () => {
    const needId = await createNeed(app, first.editor.token, first.organisationId, {
      initiativeId: draftId,
      title: 'Vrijwilligers voor geheim concept',
    });
    const queries = [
      ['query ($id: ID!) { need(id: $id) { id initiative { title } } }', { id: needId }],
      [
        'query ($o: ID!) { needs(filter: { organisationId: $o }, first: 50) { edges { node { title initiative { title } } } } }',
        { o: first.organisationId },
      ],
      ['query ($o: ID!) { organisation(id: $o) { needs { title initiative { title } } } }', { o: first.organisationId }],
      ['{ needs(filter: { search: "geheim concept" }) { edges { node { title initiative { title } } } } }', {}],
    ] as const;
    for (const [query, variables] of queries) {
      for (const token of [outsider.token, undefined]) {
        const response = await app.gql(query, variables, { token });
        expect(JSON.stringify(response)).not.toContain('Geheim concept');
        expect(JSON.stringify(response)).not.toContain('geheim concept');
      }
    }
    expect(codeOf(await app.gql(queries[0][0], queries[0][1], { token: outsider.token }))).toBe('NOT_FOUND');
    const own = await app.gql(queries[0][0], queries[0][1], { token: first.viewer.token });
    expect(own.data?.need.initiative.title).toBe('Geheim concept');
  });

  it("does not see the organisation's members", async () => {
    const query = 'query ($o: ID!) { organisation(id: $o) { members { person { email } } } }';
    expect((await app.gql(query, { o: first.organisationId }, { token: outsider.token })).data?.organisation.members).toBeNull();
    expect((await app.gql(query, { o: first.organisationId })).data?.organisation.members).toBeNull();
    const nested = await app.gql(
      'query ($id: ID!) { initiative(id: $id) { organisation { members { person { email } } } } }',
      { id: publishedId },
      { token: outsider.token },
    );
    expect(nested.data?.initiative.organisation.members).toBeNull();
    expect(JSON.stringify(nested)).not.toContain(first.owner.email);
  });

  it.each([
    [
      'updateOrganisation',
      'mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }',
      () => ({ id: first.organisationId, input: organisationInput({ kind: 'FUND', name: 'Overgenomen' }) }),
      'FORBIDDEN',
    ],
    [
      'setFundProfile',
      'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { minGrant } }',
      () => ({ o: first.organisationId, input: fundProfileInput() }),
      'FORBIDDEN',
    ],
    [
      'createInitiative',
      'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }',
      () => ({ input: initiativeInput(first.organisationId) }),
      'FORBIDDEN',
    ],
    [
      'updateInitiative (published)',
      'mutation ($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { id } }',
      () => ({ id: publishedId, input: initiativeInput(first.organisationId, { title: 'Overgenomen' }) }),
      'FORBIDDEN',
    ],
    [
      'updateInitiative (draft)',
      'mutation ($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { id } }',
      () => ({ id: draftId, input: initiativeInput(first.organisationId, { title: 'Overgenomen' }) }),
      'NOT_FOUND',
    ],
    ['publishInitiative (draft)', 'mutation ($id: ID!) { publishInitiative(id: $id) { id } }', () => ({ id: draftId }), 'NOT_FOUND'],
    ['closeInitiative', 'mutation ($id: ID!) { closeInitiative(id: $id) { id } }', () => ({ id: publishedId }), 'FORBIDDEN'],
    ['deleteInitiative', 'mutation ($id: ID!) { deleteInitiative(id: $id) }', () => ({ id: publishedId }), 'FORBIDDEN'],
    [
      'createNeed',
      'mutation ($input: NeedInput!) { createNeed(input: $input) { id } }',
      () => ({ input: needInput(first.organisationId) }),
      'FORBIDDEN',
    ],
    [
      'createOffer',
      'mutation ($input: OfferInput!) { createOffer(input: $input) { id } }',
      () => ({ input: needInput(first.organisationId) }),
      'FORBIDDEN',
    ],
    [
      'addMember',
      'mutation ($o: ID!, $e: String!) { addMember(organisationId: $o, email: $e, role: OWNER) { id } }',
      () => ({ o: first.organisationId, e: outsider.email }),
      'FORBIDDEN',
    ],
  ])('cannot %s of the first organisation (%#), and nothing changes', async (_name, mutation, variables, expected) => {
    const before = await snapshot();
    const response = await app.gql(mutation, variables(), { token: outsider.token });
    expect(codeOf(response)).toBe(expected);
    expect(await snapshot()).toBe(before);
  });

  it("cannot change or remove the first organisation's needs, memberships or members' roles", async () => {
    const needId = await createNeed(app, first.editor.token, first.organisationId);
    const [membership] = await app.sql('SELECT id FROM membership WHERE organisation_id = $1 AND account_id = $2', [
      first.organisationId,
      first.viewer.accountId,
    ]);
    const before = await snapshot();
    const attempts = [
      app.gql(
        'mutation ($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { id } }',
        { id: needId, input: needInput(first.organisationId) },
        { token: outsider.token },
      ),
      app.gql('mutation ($id: ID!) { closeNeed(id: $id) { id } }', { id: needId }, { token: outsider.token }),
      app.gql(
        'mutation ($m: ID!) { changeMemberRole(membershipId: $m, role: OWNER) { id } }',
        { m: membership.id },
        { token: outsider.token },
      ),
      app.gql('mutation ($m: ID!) { removeMember(membershipId: $m) }', { m: membership.id }, { token: outsider.token }),
    ];
    for (const response of await Promise.all(attempts)) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(response));
    expect(await snapshot()).toBe(before);
  });
});

describe('contact details', () => {
  const paths = [
    ['query ($o: ID!) { organisation(id: $o) { contactEmail contactPhone } }', (d: any) => d.organisation],
    ['query ($i: ID!) { initiative(id: $i) { organisation { contactEmail contactPhone } } }', (d: any) => d.initiative.organisation],
    [
      '{ organisations(filter: { kinds: [FUND] }, first: 100) { edges { node { id contactEmail contactPhone } } } }',
      (d: any) => d.organisations.edges.find((e: any) => e.node.id === first.organisationId).node,
    ],
    [
      'query ($o: ID!) { initiatives(filter: { organisationId: $o }) { edges { node { organisation { contactEmail contactPhone } } } } }',
      (d: any) => d.initiatives.edges[0].node.organisation,
    ],
  ] as const;

  it.each(paths)('are hidden from anonymous visitors through %s', async (query, pick) => {
    const response = await app.gql(query, { o: first.organisationId, i: publishedId });
    expect(response.errors).toBeUndefined();
    expect(pick(response.data)).toMatchObject({ contactEmail: null, contactPhone: null });
    expect(JSON.stringify(response.data)).not.toContain('secretariaat@fonds.example.nl');
  });

  it.each(paths)('are shown to signed-in accounts through %s', async (query, pick) => {
    const response = await app.gql(query, { o: first.organisationId, i: publishedId }, { token: outsider.token });
    expect(pick(response.data)).toMatchObject({ contactEmail: 'secretariaat@fonds.example.nl', contactPhone: '030 123 4567' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import {
  addMember,
  createInitiative,
  GM,
  initiativeInput,
  organisationOwner,
  PV,
  publishInitiative,
  rowCounts,
} from '../testing/registry.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin; the tests below use ordinary accounts
});
afterAll(() => app?.stop());

const LIST = `query ($filter: InitiativeFilter, $first: Int, $after: String) {
  initiatives(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status themes { slug } municipalities { code } organisation { id name } } }
  }
}`;

type ListResult = {
  initiatives: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string } }[];
  };
};

const list = async (filter: Record<string, unknown>, options: { token?: string; first?: number; after?: string } = {}) => {
  const response = await app.gql<ListResult>(LIST, { filter, first: options.first, after: options.after }, { token: options.token });
  return expectData<ListResult['initiatives']>(response, 'initiatives');
};
const ids = (connection: ListResult['initiatives']) => connection.edges.map((e) => e.node.id);

describe('the registry, as an outside client over HTTP', () => {
  it('lists exactly the published initiatives that fit a theme and a province', async () => {
    const ngo = await organisationOwner(app, { name: 'Stichting Samen Verder Overijssel' });
    // Three initiatives on two themes in two municipalities (Zwolle in Overijssel, Amsterdam in Noord-Holland); two published.
    const educationZwolle = await createInitiative(app, ngo.token, ngo.organisationId, {
      title: 'Huiswerkklas Zwolle',
      themes: ['EDUCATION'],
      municipalityCodes: [GM.zwolle],
    });
    const labourZwolle = await createInitiative(app, ngo.token, ngo.organisationId, {
      title: 'Werkervaring Zwolle',
      themes: ['LABOUR_MARKET'],
      municipalityCodes: [GM.zwolle],
    });
    const educationAmsterdam = await createInitiative(app, ngo.token, ngo.organisationId, {
      title: 'Taalcafé Amsterdam',
      themes: ['EDUCATION'],
      municipalityCodes: [GM.amsterdam],
    });
    await publishInitiative(app, ngo.token, educationZwolle);
    await publishInitiative(app, ngo.token, labourZwolle);

    const overijssel = await list({ themes: ['EDUCATION'], provinceCodes: [PV.overijssel], organisationId: ngo.organisationId });
    expect(ids(overijssel)).toEqual([educationZwolle]);
    expect(overijssel.totalCount).toBe(1);
    expect(ids(await list({ themes: ['EDUCATION'], provinceCodes: [PV.noordHolland], organisationId: ngo.organisationId }))).toEqual([]);
    expect(ids(await list({ provinceCodes: [PV.overijssel, PV.noordHolland], organisationId: ngo.organisationId }))).toEqual([
      labourZwolle,
      educationZwolle,
    ]);
    expect(
      ids(await list({ themes: ['EDUCATION', 'LABOUR_MARKET'], municipalityCodes: [GM.zwolle], organisationId: ngo.organisationId })),
    ).toEqual([labourZwolle, educationZwolle]);
    // The draft in Amsterdam is the organisation's own business, also for its owner when filtering by status.
    expect(ids(await list({ statuses: ['DRAFT'], organisationId: ngo.organisationId }, { token: ngo.token }))).toEqual([
      educationAmsterdam,
    ]);
    expect(ids(await list({ statuses: ['DRAFT'], organisationId: ngo.organisationId }))).toEqual([]);
  });

  it.each([
    ['taalcoaching', 'Met een vaste taalcoach oefenen nieuwkomers elke week.'],
    ['vluchtelingen', 'Sport en ontmoeting voor iedere vluchteling in de wijk.'],
  ])('finds "%s" through Dutch stemming', async (search, summary) => {
    const ngo = await organisationOwner(app);
    const match = await createInitiative(app, ngo.token, ngo.organisationId, { title: 'Samen sterk', summary });
    const other = await createInitiative(app, ngo.token, ngo.organisationId, {
      title: 'Fietsles',
      summary: 'Leren fietsen in het verkeer.',
    });
    await publishInitiative(app, ngo.token, match);
    await publishInitiative(app, ngo.token, other);
    expect(ids(await list({ search, organisationId: ngo.organisationId }))).toEqual([match]);
  });

  it('orders a search by relevance: a match in the title before one in the description', async () => {
    const ngo = await organisationOwner(app);
    const inDescription = await createInitiative(app, ngo.token, ngo.organisationId, {
      title: 'Wijkontbijt',
      summary: 'Elke zaterdag ontbijten buren samen.',
      description: 'Soms schuift er ook een mentor aan.',
    });
    const inTitle = await createInitiative(app, ngo.token, ngo.organisationId, {
      title: 'Mentoren voor jonge nieuwkomers',
      summary: 'Een mentor per jongere.',
    });
    await publishInitiative(app, ngo.token, inDescription);
    await publishInitiative(app, ngo.token, inTitle);
    expect(ids(await list({ search: 'mentor', organisationId: ngo.organisationId }))).toEqual([inTitle, inDescription]);
  });
});

describe('drafts and closed initiatives', () => {
  it('are seen by members of any role and admins, and do not exist for anyone else', async () => {
    const ngo = await organisationOwner(app);
    const viewer = await addMember(app, ngo.organisationId, 'VIEWER');
    const outsider = await organisationOwner(app);
    const draft = await createInitiative(app, ngo.token, ngo.organisationId);
    const query = 'query ($id: ID!) { initiative(id: $id) { id status } }';

    expect((await app.gql(query, { id: draft }, { token: viewer.token })).data?.initiative.status).toBe('DRAFT');
    for (const token of [undefined, outsider.token]) {
      const response = await app.gql(query, { id: draft }, { token });
      expect(errorOf(response).code).toBe('NOT_FOUND');
      expect(response.data?.initiative).toBeNull();
    }
    // Not in lists, nor through the organisation.
    expect(ids(await list({ organisationId: ngo.organisationId }, { token: outsider.token }))).toEqual([]);
    const nested = await app.gql('query ($id: ID!) { organisation(id: $id) { initiatives { totalCount edges { node { id } } } } }', {
      id: ngo.organisationId,
    });
    expect(nested.data?.organisation.initiatives).toEqual({ totalCount: 0, edges: [] });
    const nestedForMember = await app.gql(
      'query ($id: ID!) { organisation(id: $id) { initiatives { totalCount } } }',
      { id: ngo.organisationId },
      { token: viewer.token },
    );
    expect(nestedForMember.data?.organisation.initiatives.totalCount).toBe(1);

    // Closed ones leave the public lists too.
    await publishInitiative(app, ngo.token, draft);
    expect((await app.gql(query, { id: draft })).data?.initiative.status).toBe('PUBLISHED');
    await app.gql('mutation ($id: ID!) { closeInitiative(id: $id) { status } }', { id: draft }, { token: ngo.token });
    expect(errorOf(await app.gql(query, { id: draft })).code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an id that is not a uuid', async () => {
    expect(errorOf(await app.gql('{ initiative(id: "zomaar") { id } }')).code).toBe('NOT_FOUND');
  });
});

describe('who may change initiatives', () => {
  const UPDATE = 'mutation ($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { id title } }';

  it('lets EDITORs and OWNERs edit, and refuses VIEWERs, outsiders and signed-out callers', async () => {
    const ngo = await organisationOwner(app);
    const editor = await addMember(app, ngo.organisationId, 'EDITOR');
    const viewer = await addMember(app, ngo.organisationId, 'VIEWER');
    const outsider = await organisationOwner(app);
    const id = await createInitiative(app, ngo.token, ngo.organisationId);
    await publishInitiative(app, ngo.token, id);
    const input = initiativeInput(ngo.organisationId, { title: 'Taalmaatjes Zwolle-Zuid' });

    expect((await app.gql(UPDATE, { id, input }, { token: editor.token })).data?.updateInitiative.title).toBe('Taalmaatjes Zwolle-Zuid');
    expect(errorOf(await app.gql(UPDATE, { id, input }, { token: viewer.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(UPDATE, { id, input }, { token: outsider.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(UPDATE, { id, input })).code).toBe('UNAUTHENTICATED');
    // Creating for another organisation is changing its data.
    const create = await app.gql(
      'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }',
      { input },
      { token: outsider.token },
    );
    expect(errorOf(create).code).toBe('FORBIDDEN');
  });

  it('lets only OWNERs delete', async () => {
    const ngo = await organisationOwner(app);
    const editor = await addMember(app, ngo.organisationId, 'EDITOR');
    const id = await createInitiative(app, ngo.token, ngo.organisationId);
    const remove = 'mutation ($id: ID!) { deleteInitiative(id: $id) }';
    expect(errorOf(await app.gql(remove, { id }, { token: editor.token })).code).toBe('FORBIDDEN');
    expect((await app.gql(remove, { id }, { token: ngo.token })).data?.deleteInitiative).toBe(true);
    expect(await app.sql('SELECT id FROM initiative WHERE id = $1', [id])).toEqual([]);
  });

  it('records every change in the audit log with the changed field names', async () => {
    const ngo = await organisationOwner(app);
    const id = await createInitiative(app, ngo.token, ngo.organisationId);
    await app.gql(
      UPDATE,
      { id, input: initiativeInput(ngo.organisationId, { title: 'Nieuwe titel', budgetRequested: 20000 }) },
      { token: ngo.token },
    );
    await publishInitiative(app, ngo.token, id);
    const entries = await app.sql('SELECT action, changed_fields FROM audit_entry WHERE entity_id = $1 ORDER BY id', [id]);
    expect(entries.map((e) => e.action)).toEqual(['createInitiative', 'updateInitiative', 'publishInitiative']);
    expect(entries[1]?.changed_fields).toEqual(['budgetRequested', 'title']);
  });
});

describe('publishing', () => {
  it('names each field a fund still needs, and publishes nothing', async () => {
    const ngo = await organisationOwner(app);
    const create = await app.gql(
      'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id status } }',
      { input: { organisationId: ngo.organisationId, title: 'Nog een schets', themes: ['TRAUMA_CARE'] } },
      { token: ngo.token },
    );
    const { id, status } = expectData(create, 'createInitiative');
    expect(status).toBe('DRAFT');
    const response = await app.gql(
      'mutation ($id: ID!) { publishInitiative(id: $id) { id } }',
      { id },
      { token: ngo.token, language: 'nl' },
    );
    const error = errorOf(response);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.fields).sort()).toEqual([
      'budgetRequested',
      'endsOn',
      'municipalityCodes',
      'startsOn',
      'summary',
      'targetGroups',
    ]);
    expect(error.fields.summary).toMatch(/Vul dit in/);
    expect((await app.sql('SELECT status FROM initiative WHERE id = $1', [id]))[0]?.status).toBe('DRAFT');
  });

  it('accepts national instead of municipalities', async () => {
    const ngo = await organisationOwner(app);
    const id = await createInitiative(app, ngo.token, ngo.organisationId, { municipalityCodes: [], national: true });
    await publishInitiative(app, ngo.token, id);
    // National initiatives run in every province, unless the filter leaves them out.
    expect(ids(await list({ provinceCodes: [PV.noordBrabant], organisationId: ngo.organisationId }))).toEqual([id]);
    expect(ids(await list({ provinceCodes: [PV.noordBrabant], includeNational: false, organisationId: ngo.organisationId }))).toEqual([]);
  });

  it('keeps a published initiative complete', async () => {
    const ngo = await organisationOwner(app);
    const id = await createInitiative(app, ngo.token, ngo.organisationId);
    await publishInitiative(app, ngo.token, id);
    const response = await app.gql(
      'mutation ($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { id } }',
      { id, input: initiativeInput(ngo.organisationId, { summary: '', budgetRequested: null }) },
      { token: ngo.token },
    );
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(response).fields).sort()).toEqual(['budgetRequested', 'summary']);
  });
});

describe('bad input', () => {
  let ngo: Awaited<ReturnType<typeof organisationOwner>>;
  beforeAll(async () => {
    ngo = await organisationOwner(app);
  });

  it.each([
    ['a title that is too short', { title: 'A' }, 'title'],
    ['a summary over 500 characters', { summary: 'a'.repeat(501) }, 'summary'],
    ['no themes', { themes: [] }, 'themes'],
    ['a theme twice', { themes: ['EDUCATION', 'EDUCATION'] }, 'themes.1'],
    ['a malformed municipality code', { municipalityCodes: ['Zwolle'] }, 'municipalityCodes.0'],
    ['an unknown municipality', { municipalityCodes: [GM.zwolle, 'GM9999'] }, 'municipalityCodes.1'],
    ['a negative budget', { budgetRequested: -1 }, 'budgetRequested'],
    ['negative co-funding', { coFundingSecured: -5 }, 'coFundingSecured'],
    ['an end before the start', { startsOn: '2026-05-01', endsOn: '2026-04-01' }, 'endsOn'],
    ['a target group twice', { targetGroups: ['WOMEN', 'WOMEN'] }, 'targetGroups.1'],
    ['an organisation id that is not one', { organisationId: 'abc' }, 'organisationId'],
  ])('refuses %s, naming the field, and writes nothing', async (_, overrides, field) => {
    const before = await rowCounts(app);
    const response = await app.gql(
      'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }',
      { input: initiativeInput(ngo.organisationId, overrides) },
      { token: ngo.token, language: 'nl' },
    );
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(response).fields)).toContain(field);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('explains in the request language', async () => {
    const input = initiativeInput(ngo.organisationId, { municipalityCodes: ['GM9999'] });
    const mutation = 'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }';
    expect(errorOf(await app.gql(mutation, { input }, { token: ngo.token, language: 'nl' })).fields['municipalityCodes.0']).toBe(
      'Gemeente GM9999 bestaat niet.',
    );
    expect(errorOf(await app.gql(mutation, { input }, { token: ngo.token, language: 'en' })).fields['municipalityCodes.0']).toBe(
      'Municipality GM9999 does not exist.',
    );
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'geen-cursor' }, 'after'],
    [{ after: Buffer.from('{"o":"n","t":"gisteren","i":"x"}').toString('base64url') }, 'after'],
    [{ filter: { budgetMin: 500, budgetMax: 100 } }, 'budgetMax'],
    [{ filter: { provinceCodes: ['Overijssel'] } }, 'provinceCodes.0'],
    [{ filter: { search: 'x'.repeat(201) } }, 'search'],
  ])('refuses the list arguments %o naming %s', async (variables, field) => {
    const response = await app.gql(LIST, variables);
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(response).fields)).toContain(field);
  });

  it('refuses a cursor of a search for a list without one', async () => {
    const owner = await organisationOwner(app);
    for (const title of ['Taalles een', 'Taalles twee'])
      await publishInitiative(app, owner.token, await createInitiative(app, owner.token, owner.organisationId, { title }));
    const searched = await list({ search: 'taalles', organisationId: owner.organisationId }, { first: 1 });
    const response = await app.gql(LIST, { filter: { organisationId: owner.organisationId }, after: searched.pageInfo.endCursor });
    expect(errorOf(response).fields).toHaveProperty('after');
  });
});

describe('paging', () => {
  it('walks every page once, newest first and by relevance, with the same totals', async () => {
    const ngo = await organisationOwner(app);
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      // Same words, so that several initiatives share a rank and the id breaks the tie.
      const id = await createInitiative(app, ngo.token, ngo.organisationId, {
        title: `Buurtmoestuin ${i}`,
        summary: i % 2 ? 'Samen tuinieren in de buurt.' : 'Tuinieren.',
      });
      await publishInitiative(app, ngo.token, id);
      created.push(id);
    }
    for (const filter of [{ organisationId: ngo.organisationId }, { organisationId: ngo.organisationId, search: 'tuinieren' }]) {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await list(filter, { first: 3, after });
        expect(page.totalCount).toBe(7);
        seen.push(...ids(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor ?? undefined;
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen)).toEqual(new Set(created));
      if (!filter.search) expect(seen).toEqual([...created].reverse());
    }
  });

  it("pages through an organisation's initiatives", async () => {
    const ngo = await organisationOwner(app);
    const created: string[] = [];
    for (let i = 0; i < 3; i++) created.push(await createInitiative(app, ngo.token, ngo.organisationId, { title: `Project ${i}` }));
    const query =
      'query ($id: ID!, $after: String) { organisation(id: $id) { initiatives(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }';
    const first = (await app.gql(query, { id: ngo.organisationId }, { token: ngo.token })).data?.organisation.initiatives;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await app.gql(query, { id: ngo.organisationId, after: first.pageInfo.endCursor }, { token: ngo.token })).data
      ?.organisation.initiatives;
    expect([...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([...created].reverse());
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
  });
});

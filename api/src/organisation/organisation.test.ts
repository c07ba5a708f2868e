import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passesElevenTest } from '../core/input-rules.js';
import { signUp } from '../testing/accounts.js';
import {
  addMember,
  createInitiative,
  createOrganisation,
  GM,
  organisationInput,
  organisationOwner,
  PV,
  publishInitiative,
  rowCounts,
} from '../testing/registry.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let admin: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  app = await startTestApp();
  admin = await signUp(app); // the first account is an alliance admin
});
afterAll(() => app?.stop());

const CREATE =
  'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id name kind contactEmail themes { slug } municipality { code } } }';
const UPDATE =
  'mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name description website kvkNumber } }';

describe('registering an organisation', () => {
  it('makes the creator its OWNER in the same transaction, and records it', async () => {
    const person = await signUp(app);
    const response = await app.gql(
      CREATE,
      {
        input: organisationInput({
          kvkNumber: '12345678',
          rsin: '111222333',
          anbi: true,
          migrantLed: true,
          activeProvinceCodes: [PV.overijssel],
        }),
      },
      { token: person.token },
    );
    const organisation = expectData(response, 'createOrganisation');
    expect(organisation).toMatchObject({
      kind: 'NGO',
      contactEmail: 'info@nieuweburen.example',
      themes: [{ slug: 'EDUCATION' }, { slug: 'VOLUNTEERING' }],
      municipality: { code: GM.zwolle },
    });
    expect(
      await app.sql('SELECT role FROM membership WHERE organisation_id = $1 AND account_id = $2', [organisation.id, person.accountId]),
    ).toEqual([{ role: 'OWNER' }]);
    const [audit] = await app.sql('SELECT action, changed_fields FROM audit_entry WHERE entity_id = $1', [organisation.id]);
    expect(audit?.action).toBe('createOrganisation');
    expect(audit?.changed_fields).toEqual(expect.arrayContaining(['name', 'kind', 'kvkNumber', 'rsin', 'anbi', 'provinceCodes']));
    const me = await app.gql('{ me { memberships { role organisation { id } } } }', {}, { token: person.token });
    expect(me.data?.me.memberships).toEqual([{ role: 'OWNER', organisation: { id: organisation.id } }]);
  });

  it('refuses signed-out callers', async () => {
    const before = await rowCounts(app);
    expect(errorOf(await app.gql(CREATE, { input: organisationInput() })).code).toBe('UNAUTHENTICATED');
    expect(await rowCounts(app)).toEqual(before);
  });
});

describe('contact details', () => {
  it('are null for visitors who are not signed in, through every path', async () => {
    const ngo = await organisationOwner(app);
    const initiative = await createInitiative(app, ngo.token, ngo.organisationId);
    await publishInitiative(app, ngo.token, initiative);
    const paths = [
      ['query ($o: ID!) { organisation(id: $o) { contactEmail contactPhone } }', (d: any) => d.organisation],
      ['query ($i: ID!) { initiative(id: $i) { organisation { contactEmail contactPhone } } }', (d: any) => d.initiative.organisation],
      [
        '{ organisations(first: 100) { edges { node { id contactEmail contactPhone } } } }',
        (d: any) => d.organisations.edges.find((e: any) => e.node.id === ngo.organisationId).node,
      ],
      [
        'query ($o: ID!) { initiatives(filter: { organisationId: $o }) { edges { node { organisation { contactEmail contactPhone } } } } }',
        (d: any) => d.initiatives.edges[0].node.organisation,
      ],
      [
        'query ($o: ID!) { needs(filter: { organisationId: $o }) { edges { node { organisation { contactEmail } initiative { organisation { contactPhone } } } } } }',
        (d: any) => ({ ...d.needs.edges[0].node.organisation, ...d.needs.edges[0].node.initiative.organisation }),
      ],
    ] as const;
    await app.gql(
      'mutation ($input: NeedInput!) { createNeed(input: $input) { id } }',
      { input: { organisationId: ngo.organisationId, initiativeId: initiative, kind: 'VENUE', title: 'Lokaal voor het taalcafé' } },
      { token: ngo.token },
    );
    const someone = await signUp(app);
    for (const [query, pick] of paths) {
      const variables = { ...(query.includes('$o') ? { o: ngo.organisationId } : {}), ...(query.includes('$i') ? { i: initiative } : {}) };
      const anonymous = await app.gql(query, variables);
      expect(pick(anonymous.data), query).toMatchObject({ contactEmail: null, contactPhone: null });
      const signedIn = await app.gql(query, variables, { token: someone.token });
      expect(pick(signedIn.data), query).toMatchObject({ contactEmail: 'info@nieuweburen.example', contactPhone: '038 123 4567' });
    }
  });
});

describe('editing an organisation', () => {
  it('is for its EDITORs, OWNERs and alliance admins; others get FORBIDDEN', async () => {
    const ngo = await organisationOwner(app);
    const editor = await addMember(app, ngo.organisationId, 'EDITOR');
    const viewer = await addMember(app, ngo.organisationId, 'VIEWER');
    const outsider = await organisationOwner(app);
    const input = organisationInput({ name: 'Stichting Nieuwe Buren Zwolle-Zuid' });
    for (const token of [ngo.token, editor.token, admin.token]) {
      expect(expectData(await app.gql(UPDATE, { id: ngo.organisationId, input }, { token }), 'updateOrganisation').name).toBe(input.name);
    }
    const before = await rowCounts(app);
    expect(errorOf(await app.gql(UPDATE, { id: ngo.organisationId, input }, { token: viewer.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(UPDATE, { id: ngo.organisationId, input }, { token: outsider.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(UPDATE, { id: ngo.organisationId, input })).code).toBe('UNAUTHENTICATED');
    expect(await rowCounts(app)).toEqual(before);
  });

  it('keeps optional fields that are left out, clears those set to null, and logs only what changed', async () => {
    const ngo = await organisationOwner(app, { kvkNumber: '87654321', website: 'https://oud.example' });
    const { kvkNumber: _kvk, ...withoutKvk } = organisationInput({ website: null, description: 'Nieuwe omschrijving.' });
    const updated = expectData(
      await app.gql(UPDATE, { id: ngo.organisationId, input: withoutKvk }, { token: ngo.token }),
      'updateOrganisation',
    );
    expect(updated).toMatchObject({ kvkNumber: '87654321', website: null, description: 'Nieuwe omschrijving.' });
    const [audit] = await app.sql("SELECT changed_fields FROM audit_entry WHERE entity_id = $1 AND action = 'updateOrganisation'", [
      ngo.organisationId,
    ]);
    expect(audit?.changed_fields).toEqual(['description', 'website']);
  });

  it('lets only alliance admins change the kind', async () => {
    const ngo = await organisationOwner(app);
    const response = await app.gql(
      UPDATE,
      { id: ngo.organisationId, input: organisationInput({ kind: 'MUNICIPALITY' }) },
      { token: ngo.token },
    );
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { kind: expect.any(String) } });
    const byAdmin = await app.gql(
      'mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { kind } }',
      { id: ngo.organisationId, input: organisationInput({ kind: 'INITIATIVE' }) },
      { token: admin.token },
    );
    expect(byAdmin.data?.updateOrganisation.kind).toBe('INITIATIVE');
  });

  it('answers NOT_FOUND for an unknown organisation', async () => {
    const person = await signUp(app);
    const response = await app.gql(
      UPDATE,
      { id: '00000000-0000-4000-8000-000000000000', input: organisationInput() },
      { token: person.token },
    );
    expect(errorOf(response).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql('{ organisation(id: "00000000-0000-4000-8000-000000000000") { id } }')).code).toBe('NOT_FOUND');
  });
});

describe('bad input', () => {
  it.each([
    ['a name that is too short', { name: 'X' }, 'name'],
    ['an e-mail address that is not one', { contactEmail: 'info@' }, 'contactEmail'],
    ['a website that is not https', { website: 'http://nieuweburen.example' }, 'website'],
    ['a website that is not an address', { website: 'nieuwe buren' }, 'website'],
    ['a logo that is not https', { logoUrl: 'ftp://logo.example/logo.png' }, 'logoUrl'],
    ['a KvK number of 7 digits', { kvkNumber: '1234567' }, 'kvkNumber'],
    ['an RSIN that fails the eleven test', { rsin: '123456789' }, 'rsin'],
    ['an RSIN of 8 digits', { rsin: '12345678' }, 'rsin'],
    ['a phone number with letters', { contactPhone: 'bel ons' }, 'contactPhone'],
    ['no themes', { themes: [] }, 'themes'],
    ['a theme twice', { themes: ['EDUCATION', 'EDUCATION'] }, 'themes.1'],
    ['an unknown home municipality', { municipalityCode: 'GM9999' }, 'municipalityCode'],
    ['an unknown active municipality', { activeMunicipalityCodes: [GM.deventer, 'GM0001'] }, 'activeMunicipalityCodes.1'],
    ['an unknown province', { activeProvinceCodes: ['PV99'] }, 'activeProvinceCodes.0'],
    ['a province twice', { activeProvinceCodes: [PV.utrecht, PV.utrecht] }, 'activeProvinceCodes.1'],
  ])('refuses %s, naming the field, and writes nothing', async (_, overrides, field) => {
    const person = await signUp(app);
    const before = await rowCounts(app);
    const response = await app.gql(CREATE, { input: organisationInput(overrides) }, { token: person.token, language: 'nl' });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(response).fields)).toContain(field);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('explains in Dutch by default and in English on request', async () => {
    const person = await signUp(app);
    const input = organisationInput({ kvkNumber: '123' });
    const dutch = await app.gql(CREATE, { input }, { token: person.token, headers: { 'accept-language': '' } });
    const english = await app.gql(CREATE, { input }, { token: person.token, language: 'en' });
    expect(errorOf(dutch).fields.kvkNumber).toBe('Een KvK-nummer heeft 8 cijfers.');
    expect(errorOf(english).fields.kvkNumber).toBe('A KvK number has 8 digits.');
  });

  it.each([
    ['111222333', true],
    ['123456789', false],
    ['000000000', false],
    ['123456782', true],
  ])('checks RSIN %s with the eleven test: %s', (rsin, valid) => {
    expect(passesElevenTest(rsin)).toBe(valid);
  });
});

describe('listing organisations', () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    const person = await signUp(app);
    const make = (overrides: Record<string, unknown>) => createOrganisation(app, person.token, overrides);
    ids = {
      fundNational: await make({
        name: 'Fonds Kansrijk Nederland',
        kind: 'FUND',
        themes: ['LABOUR_MARKET'],
        municipalityCode: null,
        national: true,
        description: 'Landelijk fonds.',
      }),
      zwolleNgo: await make({
        name: 'Taalmaatjes Zwolle',
        kind: 'NGO',
        themes: ['EDUCATION'],
        municipalityCode: GM.zwolle,
        description: 'Taal oefenen.',
      }),
      tilburgNgo: await make({
        name: 'Stichting Nieuwe Buren Tilburg',
        kind: 'NGO',
        themes: ['VOLUNTEERING'],
        municipalityCode: GM.tilburg,
        description: 'Welkom in de wijk.',
      }),
      utrechtCompany: await make({
        name: 'Bouwbedrijf De Vaart',
        kind: 'COMPANY',
        themes: ['LABOUR_MARKET'],
        municipalityCode: GM.utrecht,
        activeProvinceCodes: [PV.overijssel],
        description: 'Werkplekken en stages voor statushouders.',
      }),
    };
  });

  const LIST =
    'query ($filter: OrganisationFilter) { organisations(filter: $filter, first: 100) { totalCount edges { node { id name } } } }';
  const names = async (filter: Record<string, unknown>) => {
    const own = new Set(Object.values(ids));
    const response = await app.gql(LIST, { filter });
    return (expectData(response, 'organisations').edges as { node: { id: string; name: string } }[])
      .filter((e) => own.has(e.node.id))
      .map((e) => e.node.name);
  };

  it.each([
    [{ kinds: ['NGO'] }, ['Stichting Nieuwe Buren Tilburg', 'Taalmaatjes Zwolle']],
    [{ kinds: ['NGO', 'FUND'], themes: ['LABOUR_MARKET'] }, ['Fonds Kansrijk Nederland']],
    [{ provinceCodes: [PV.overijssel] }, ['Bouwbedrijf De Vaart', 'Taalmaatjes Zwolle', 'Fonds Kansrijk Nederland']],
    [{ provinceCodes: [PV.overijssel], includeNational: false }, ['Bouwbedrijf De Vaart', 'Taalmaatjes Zwolle']],
    [{ municipalityCodes: [GM.deventer], includeNational: false }, ['Bouwbedrijf De Vaart']],
    [{ municipalityCodes: [GM.tilburg], kinds: ['NGO'] }, ['Stichting Nieuwe Buren Tilburg']],
    [{ search: 'buren' }, ['Stichting Nieuwe Buren Tilburg']],
    [{ search: 'statushouder' }, ['Bouwbedrijf De Vaart']],
    [{ search: 'maatjes' }, ['Taalmaatjes Zwolle']],
  ])('filters %o', async (filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });
});

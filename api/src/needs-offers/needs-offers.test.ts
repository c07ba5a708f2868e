import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import { addMember, createInitiative, GM, needInput, organisationOwner, PV, publishInitiative, rowCounts } from '../testing/registry.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin
});
afterAll(() => app?.stop());

const CREATE_NEED =
  'mutation ($input: NeedInput!) { createNeed(input: $input) { id status kind quantity amount theme { slug } municipality { code } initiative { id } organisation { id } } }';
const CREATE_OFFER = 'mutation ($input: OfferInput!) { createOffer(input: $input) { id status } }';

describe('needs and offers', () => {
  it('are created open, closed by the organisation, and listed with filters', async () => {
    const ngo = await organisationOwner(app);
    const company = await organisationOwner(app, { kind: 'COMPANY', name: 'Installatiebedrijf Overijssel' });
    const initiative = await createInitiative(app, ngo.token, ngo.organisationId);
    await publishInitiative(app, ngo.token, initiative);
    const created = expectData(
      await app.gql(CREATE_NEED, { input: needInput(ngo.organisationId, { initiativeId: initiative }) }, { token: ngo.token }),
      'createNeed',
    );
    expect(created).toMatchObject({
      status: 'OPEN',
      quantity: 12,
      amount: null,
      theme: { slug: 'EDUCATION' },
      municipality: { code: GM.zwolle },
      initiative: { id: initiative },
    });
    const money = expectData(
      await app.gql(
        CREATE_NEED,
        {
          input: needInput(ngo.organisationId, {
            kind: 'FUNDING',
            quantity: null,
            amount: 8000,
            municipalityCode: null,
            title: 'Geld voor lesmateriaal',
            description: 'Boeken en een beamer.',
          }),
        },
        { token: ngo.token },
      ),
      'createNeed',
    );
    const offer = expectData(
      await app.gql(
        CREATE_OFFER,
        {
          input: needInput(company.organisationId, {
            kind: 'JOBS_INTERNSHIPS',
            title: 'Vier leerwerkplekken installatietechniek',
            theme: 'LABOUR_MARKET',
            municipalityCode: GM.deventer,
            quantity: 4,
          }),
        },
        { token: company.token },
      ),
      'createOffer',
    );

    const NEEDS = 'query ($f: NeedFilter) { needs(filter: $f) { totalCount edges { node { id } } } }';
    const needIds = async (f: Record<string, unknown>) =>
      (await app.gql(NEEDS, { f: { organisationId: ngo.organisationId, ...f } })).data?.needs.edges.map((e: any) => e.node.id);
    expect(await needIds({})).toEqual([money.id, created.id]);
    expect(await needIds({ kinds: ['FUNDING'] })).toEqual([money.id]);
    expect(await needIds({ municipalityCodes: [GM.amsterdam] })).toEqual([money.id]); // no municipality: anywhere
    expect(await needIds({ provinceCodes: [PV.overijssel], themes: ['EDUCATION'] })).toEqual([money.id, created.id]);
    expect(await needIds({ search: 'vrijwilliger' })).toEqual([created.id]);
    expect(await needIds({ initiativeId: initiative })).toEqual([created.id]);

    const closed = await app.gql(
      'mutation ($id: ID!) { closeNeed(id: $id) { status closedAt } }',
      { id: created.id },
      { token: ngo.token },
    );
    expect(closed.data?.closeNeed.status).toBe('CLOSED');
    expect(await needIds({ statuses: ['OPEN'] })).toEqual([money.id]);

    const offers = await app.gql('query ($f: OfferFilter) { offers(filter: $f) { edges { node { id title } } } }', {
      f: { provinceCodes: [PV.overijssel], kinds: ['JOBS_INTERNSHIPS'] },
    });
    expect(offers.data?.offers.edges.map((e: any) => e.node.id)).toContain(offer.id);
    const nested = await app.gql('query ($o: ID!) { organisation(id: $o) { offers { id } } }', { o: company.organisationId });
    expect(nested.data?.organisation.offers).toEqual([{ id: offer.id }]);
  });

  it('hides the needs of a draft initiative from outsiders', async () => {
    const ngo = await organisationOwner(app);
    const draft = await createInitiative(app, ngo.token, ngo.organisationId);
    const { id } = expectData(
      await app.gql(CREATE_NEED, { input: needInput(ngo.organisationId, { initiativeId: draft }) }, { token: ngo.token }),
      'createNeed',
    );
    const outsider = await signUp(app);
    expect(errorOf(await app.gql('query ($id: ID!) { need(id: $id) { id } }', { id }, { token: outsider.token })).code).toBe('NOT_FOUND');
    expect((await app.gql('query ($id: ID!) { need(id: $id) { id } }', { id }, { token: ngo.token })).data?.need.id).toBe(id);
    const listed = await app.gql(
      'query ($o: ID!) { needs(filter: { organisationId: $o }) { totalCount } organisation(id: $o) { needs { id } } }',
      { o: ngo.organisationId },
    );
    expect(listed.data).toEqual({ needs: { totalCount: 0 }, organisation: { needs: [] } });
  });

  it("are changed by the organisation's EDITORs and OWNERs only", async () => {
    const ngo = await organisationOwner(app);
    const viewer = await addMember(app, ngo.organisationId, 'VIEWER');
    const editor = await addMember(app, ngo.organisationId, 'EDITOR');
    const outsider = await organisationOwner(app);
    const { id } = expectData(await app.gql(CREATE_NEED, { input: needInput(ngo.organisationId) }, { token: editor.token }), 'createNeed');
    const UPDATE = 'mutation ($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { title quantity } }';
    const input = needInput(ngo.organisationId, { title: 'Twintig taalmaatjes gezocht', quantity: 20 });
    expect(errorOf(await app.gql(UPDATE, { id, input }, { token: viewer.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(UPDATE, { id, input }, { token: outsider.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(UPDATE, { id, input })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await app.gql(CREATE_OFFER, { input: needInput(ngo.organisationId) }, { token: outsider.token })).code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(UPDATE, { id, input }, { token: editor.token })).data?.updateNeed).toEqual({
      title: 'Twintig taalmaatjes gezocht',
      quantity: 20,
    });
    const [audit] = await app.sql("SELECT changed_fields FROM audit_entry WHERE entity_id = $1 AND action = 'updateNeed'", [id]);
    expect(audit?.changed_fields).toEqual(['quantity', 'title']);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an amount on a kind other than FUNDING', { amount: 500 }, 'amount'],
    ['a quantity on FUNDING', { kind: 'FUNDING' }, 'quantity'],
    ['a negative quantity', { quantity: -1 }, 'quantity'],
    ['a title that is too short', { title: 'Hé' }, 'title'],
    ['an unknown municipality', { municipalityCode: 'GM9998' }, 'municipalityCode'],
    ['an initiative of another organisation', { initiativeId: 'other' }, 'initiativeId'],
  ])('refuses a need with %s, naming the field, and writes nothing', async (_, overrides, field) => {
    const ngo = await organisationOwner(app);
    const other = await organisationOwner(app);
    const foreign = await createInitiative(app, other.token, other.organisationId);
    const before = await rowCounts(app);
    const input = needInput(ngo.organisationId, { ...overrides, ...(overrides.initiativeId === 'other' ? { initiativeId: foreign } : {}) });
    const response = await app.gql(CREATE_NEED, { input }, { token: ngo.token });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(response).fields)).toContain(field);
    expect(await rowCounts(app)).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import { addMember, fundProfileInput, GM, organisationOwner, PV, rowCounts } from '../testing/registry.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin
});
afterAll(() => app?.stop());

const SET = `mutation ($o: ID!, $input: FundProfileInput!) {
  setFundProfile(organisationId: $o, input: $input) {
    themes { slug } national minGrant maxGrant budgetAvailable description
    regions { __typename ... on Municipality { code } ... on Province { code } }
    matchWeights { theme geography budget targetGroup timing text completeness }
    organisation { id }
  }
}`;

describe('fund profiles', () => {
  it('is set by the fund, with default match weights, shown on the organisation, and replaced whole', async () => {
    const fund = await organisationOwner(app, { kind: 'FUND', name: 'Fonds Samen Verder' });
    const set = expectData(
      await app.gql(SET, { o: fund.organisationId, input: fundProfileInput() }, { token: fund.token }),
      'setFundProfile',
    );
    expect(set).toMatchObject({
      themes: [{ slug: 'EDUCATION' }, { slug: 'LABOUR_MARKET' }],
      regions: [
        { __typename: 'Municipality', code: GM.amsterdam },
        { __typename: 'Province', code: PV.overijssel },
      ],
      matchWeights: { theme: 30, geography: 25, budget: 15, targetGroup: 10, timing: 5, text: 10, completeness: 5 },
      organisation: { id: fund.organisationId },
    });
    const replaced = await app.gql(
      SET,
      {
        o: fund.organisationId,
        input: fundProfileInput({ municipalityCodes: null, provinceCodes: null, national: true, matchWeights: { theme: 50 } }),
      },
      { token: fund.token },
    );
    expect(expectData(replaced, 'setFundProfile')).toMatchObject({
      national: true,
      regions: [],
      matchWeights: { theme: 50, geography: 25 },
    });
    const read = await app.gql('query ($o: ID!) { organisation(id: $o) { fundProfile { national maxGrant } } }', {
      o: fund.organisationId,
    });
    expect(read.data?.organisation.fundProfile).toEqual({ national: true, maxGrant: 50_000 });
    const audit = await app.sql("SELECT changed_fields FROM audit_entry WHERE action = 'setFundProfile' AND entity_id = $1 ORDER BY id", [
      fund.organisationId,
    ]);
    expect(audit[1]?.changed_fields).toEqual(['matchWeights', 'municipalityCodes', 'national', 'provinceCodes']);
  });

  it('keeps its target groups and horizon when a form leaves them out, and clears them with null', async () => {
    const fund = await organisationOwner(app, { kind: 'FUND', name: 'Fonds Lange Adem' });
    const ask = (input: Record<string, unknown>) =>
      app.gql(
        'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { targetGroups { slug } horizonMonths } }',
        { o: fund.organisationId, input: fundProfileInput(input) },
        { token: fund.token },
      );
    expect(expectData(await ask({ targetGroups: ['CHILDREN_AND_YOUTH'], horizonMonths: 24 }), 'setFundProfile')).toEqual({
      targetGroups: [{ slug: 'CHILDREN_AND_YOUTH' }],
      horizonMonths: 24,
    });
    expect(expectData(await ask({ budgetAvailable: 90_000 }), 'setFundProfile')).toEqual({
      targetGroups: [{ slug: 'CHILDREN_AND_YOUTH' }],
      horizonMonths: 24,
    });
    expect(expectData(await ask({ targetGroups: null, horizonMonths: null }), 'setFundProfile')).toEqual({
      targetGroups: [],
      horizonMonths: 12,
    });
  });

  it('is only for funds', async () => {
    const ngo = await organisationOwner(app);
    const response = await app.gql(SET, { o: ngo.organisationId, input: fundProfileInput() }, { token: ngo.token });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { organisationId: expect.any(String) } });
    const nested = await app.gql('query ($o: ID!) { organisation(id: $o) { fundProfile { maxGrant } } }', { o: ngo.organisationId });
    expect(nested.data?.organisation.fundProfile).toBeNull();
  });

  it("is set by the fund's EDITORs and OWNERs only", async () => {
    const fund = await organisationOwner(app, { kind: 'FUND' });
    const editor = await addMember(app, fund.organisationId, 'EDITOR');
    const viewer = await addMember(app, fund.organisationId, 'VIEWER');
    const outsider = await organisationOwner(app, { kind: 'FUND' });
    const variables = { o: fund.organisationId, input: fundProfileInput() };
    expect(errorOf(await app.gql(SET, variables, { token: editor.token })).code).toBeUndefined();
    expect(errorOf(await app.gql(SET, variables, { token: viewer.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(SET, variables, { token: outsider.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(SET, variables)).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a minimum above the maximum', { minGrant: 60_000 }, 'maxGrant'],
    ['a negative budget', { budgetAvailable: -1 }, 'budgetAvailable'],
    ['no themes', { themes: [] }, 'themes'],
    ['a theme twice', { themes: ['TRAUMA_CARE', 'TRAUMA_CARE'] }, 'themes.1'],
    ['no regions and not national', { municipalityCodes: [], provinceCodes: [] }, 'national'],
    ['an unknown province', { provinceCodes: [PV.utrecht, 'PV40'] }, 'provinceCodes.1'],
    ['an unknown municipality', { municipalityCodes: ['GM0000'] }, 'municipalityCodes.0'],
    ['a negative match weight', { matchWeights: { budget: -2 } }, 'matchWeights.budget'],
    ['a description over 5000 characters', { description: 'x'.repeat(5001) }, 'description'],
  ])('refuses %s, naming the field, and writes nothing', async (_, overrides, field) => {
    const fund = await organisationOwner(app, { kind: 'FUND' });
    const before = await rowCounts(app);
    const response = await app.gql(SET, { o: fund.organisationId, input: fundProfileInput(overrides) }, { token: fund.token });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(response).fields)).toContain(field);
    expect(await rowCounts(app)).toEqual(before);
  });
});

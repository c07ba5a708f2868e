import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import { GM, organisationOwner, PV } from '../testing/registry.js';
import { createTable, tableInput } from '../testing/tables.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin
});
afterAll(() => app?.stop());

const LIST = 'query ($f: TableFilter) { tables(filter: $f, first: 100) { edges { node { id } } } }';
const list = async (filter: Record<string, unknown>) =>
  expectData<{ edges: { node: { id: string } }[] }>(await app.gql(LIST, { f: filter }), 'tables')
    .edges.map((e) => e.node.id)
    .sort();

describe('the tables list by province', () => {
  it('lists the tables held in a municipality of the given provinces, and refuses a code that is not a province', async () => {
    const zwolle = await organisationOwner(app, { name: 'Gemeente Zwolle', kind: 'MUNICIPALITY', municipalityCode: GM.zwolle });
    const utrecht = await organisationOwner(app, { name: 'Gemeente Utrecht', kind: 'MUNICIPALITY', municipalityCode: GM.utrecht });
    const local = (owner: typeof zwolle, code: string, title: string) =>
      createTable(
        app,
        owner.token,
        tableInput(owner.organisationId, {
          kind: 'LOCAL_TABLE',
          title,
          theme: 'EDUCATION',
          municipalityCode: code,
          applicationDeadline: null,
        }),
      );
    const inZwolle = await local(zwolle, GM.zwolle, 'Tafel Zwolle');
    const inUtrecht = await local(utrecht, GM.utrecht, 'Tafel Utrecht');
    const online = await createTable(app, zwolle.token, tableInput(zwolle.organisationId, { title: 'Online werkgroep' }));
    const mine = { organisationId: zwolle.organisationId };

    expect(await list({ ...mine })).toEqual([inZwolle, online].sort());
    expect(await list({ ...mine, provinceCodes: [PV.overijssel] })).toEqual([inZwolle]);
    expect(await list({ ...mine, provinceCodes: [PV.utrecht] })).toEqual([]);
    expect(await list({ provinceCodes: [PV.utrecht] })).toEqual([inUtrecht]);
    expect(await list({ provinceCodes: [PV.overijssel, PV.utrecht] })).toEqual([inZwolle, inUtrecht].sort());
    expect(await list({ provinceCodes: [PV.overijssel], municipalityCodes: [GM.utrecht] })).toEqual([]);
    expect(await list({ provinceCodes: [] })).toEqual(expect.arrayContaining([inZwolle, inUtrecht, online]));

    const bad = await app.gql(LIST, { f: { provinceCodes: ['GM0193'] } });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'provinceCodes.0': expect.any(String) } });
    const tooMany = await app.gql(LIST, { f: { provinceCodes: Array.from({ length: 13 }, () => PV.utrecht) } });
    expect(errorOf(tooMany).code).toBe('BAD_USER_INPUT');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FundNotify1764000021000 } from '../db/migrations/1764000021000-fund-notify.js';
import { signUp } from '../testing/accounts.js';
import { createInitiative, fundProfileInput, GM, organisationOwner, publishInitiative } from '../testing/registry.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

/** Two API processes on one database, each with its fund cache, and changes made beside them. */
let first: TestApp;
let second: TestApp;
let fundId: string;
let fundToken: string;

const MATCH = 'query ($fund: ID!) { matchInitiatives(fundId: $fund) { score initiative { title } } }';
const titles = async (app: TestApp) => {
  const response = await app.gql(MATCH, { fund: fundId });
  return response.errors
    ? (errorOf(response).code as string)
    : expectData<any[]>(response, 'matchInitiatives').map((m) => m.initiative.title);
};

beforeAll(async () => {
  first = await startTestApp();
  second = await startTestApp({ databaseUrl: first.databaseUrl });
  await signUp(first); // the first account is an alliance admin
  const fund = await organisationOwner(first, { kind: 'FUND', name: 'Fonds in het geheugen' });
  fundId = fund.organisationId;
  fundToken = fund.token;
  expectData(
    await first.gql(
      'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { minGrant } }',
      { o: fundId, input: fundProfileInput({ themes: ['EDUCATION'], municipalityCodes: [GM.utrecht], provinceCodes: [] }) },
      { token: fund.token },
    ),
    'setFundProfile',
  );
  const ngo = await organisationOwner(first);
  const id = await createInitiative(first, ngo.token, ngo.organisationId, { title: 'Taalcafé Utrecht', themes: ['EDUCATION'] });
  await publishInitiative(first, ngo.token, id);
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

describe('fund cache', () => {
  it('answers matchInitiatives with one statement once warm', async () => {
    expect(await titles(first)).toEqual(['Taalcafé Utrecht']);
    expect(await first.countStatements(() => titles(first))).toBe(1);
  });

  it('sees a change to the profile or the organisation made anywhere at once, in every process', async () => {
    expect(await titles(second)).toEqual(['Taalcafé Utrecht']);
    // Straight in the database, as a migration or an admin's script would: no API process made it.
    await first.sql(`UPDATE fund_profile SET themes = '{LABOUR_MARKET}' WHERE organisation_id = $1`, [fundId]);
    for (const app of [first, second]) await expect.poll(() => titles(app), { timeout: 2000 }).toEqual([]);
    await first.sql(`UPDATE fund_profile SET themes = '{EDUCATION}' WHERE organisation_id = $1`, [fundId]);
    for (const app of [first, second]) await expect.poll(() => titles(app), { timeout: 2000 }).toEqual(['Taalcafé Utrecht']);
    await first.sql(`UPDATE organisation SET kind = 'NGO' WHERE id = $1`, [fundId]);
    for (const app of [first, second]) await expect.poll(() => titles(app), { timeout: 2000 }).toBe('BAD_USER_INPUT');
    await first.sql(`UPDATE organisation SET kind = 'FUND' WHERE id = $1`, [fundId]);
    await first.sql('DELETE FROM fund_profile WHERE organisation_id = $1', [fundId]);
    for (const app of [first, second]) await expect.poll(() => titles(app), { timeout: 2000 }).toBe('BAD_USER_INPUT');
  });

  it('shows the process that saved a profile its change on the very next request', async () => {
    const save = (themes: string[]) =>
      first.gql(
        'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { themes { slug } } }',
        { o: fundId, input: fundProfileInput({ themes, municipalityCodes: [GM.utrecht], provinceCodes: [] }) },
        { token: fundToken },
      );
    expectData(await save(['EDUCATION']), 'setFundProfile');
    expect(await titles(first)).toEqual(['Taalcafé Utrecht']);
    expectData(await save(['LABOUR_MARKET']), 'setFundProfile');
    expect(await titles(first)).toEqual([]); // no waiting for the NOTIFY
    expectData(await save(['EDUCATION']), 'setFundProfile');
    expect(await titles(first)).toEqual(['Taalcafé Utrecht']);
  });

  it('keeps unknown ids out of memory', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const response = await first.gql(MATCH, { fund: unknown });
    expect(errorOf(response).code).toBe('NOT_FOUND');
    expect(await first.countStatements(() => first.gql(MATCH, { fund: unknown }))).toBe(1);
  });

  it('comes with a migration that goes down and up again', async () => {
    const triggers = () =>
      first.sql(`SELECT tgname FROM pg_trigger WHERE tgname LIKE '%fund_changed' OR tgname LIKE '%fund_truncated' ORDER BY 1`);
    const before = await triggers();
    expect(before).toHaveLength(4);
    const runner = first.koppel.db.createQueryRunner();
    try {
      await new FundNotify1764000021000().down(runner);
      expect(await triggers()).toEqual([]);
      await new FundNotify1764000021000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await triggers()).toEqual(before);
  });
});

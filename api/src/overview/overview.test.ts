import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import { closeCall, fundWithBudget, type Owner, openCallOf } from '../testing/calls.js';
import { createInitiative, fundProfileInput, GM, organisationOwner, PV, publishInitiative } from '../testing/registry.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let fund: Owner;
let nationalFund: Owner;
let ngo: Owner;

const COVERAGE = `query ($level: RegionLevel!, $theme: ThemeSlug, $o: ID) {
  coverage(level: $level, theme: $theme, organisationId: $o) {
    code name population initiatives fundsServing fundingRequested fundingCommitted tables openCommitments perHundredThousand gap
  }
}`;

type Row = Record<string, number | string | boolean>;
async function coverage(level: string, theme?: string, o?: string): Promise<Map<string, Row>> {
  const rows = expectData<Row[]>(await app.gql(COVERAGE, { level, theme, o }), 'coverage');
  return new Map(rows.map((r) => [r.code as string, r]));
}

/**
 * A crafted registry: an initiative in Zwolle and Deventer (both Overijssel), one in Amsterdam that gets an
 * award, a national one, a draft in Utrecht; a fund serving Amsterdam and Overijssel, a national fund; a
 * table in Tilburg with a pledge and a confirmed FUNDING commitment.
 */
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app);
  ngo = await organisationOwner(app, { name: 'Stichting Overal' });
  const publish = async (overrides: Record<string, unknown>) => {
    const id = await createInitiative(app, ngo.token, ngo.organisationId, overrides);
    await publishInitiative(app, ngo.token, id);
    return id;
  };
  await publish({ themes: ['EDUCATION'], municipalityCodes: [GM.zwolle, GM.deventer], budgetRequested: 10_000 });
  const amsterdam = await publish({ themes: ['LABOUR_MARKET'], municipalityCodes: [GM.amsterdam], budgetRequested: 20_000 });
  await publish({ themes: ['EDUCATION'], municipalityCodes: [], national: true, budgetRequested: 7_000 });
  await createInitiative(app, ngo.token, ngo.organisationId, { themes: ['EDUCATION'], municipalityCodes: [GM.utrecht] });

  fund = await fundWithBudget(app, 500_000); // EDUCATION + LABOUR_MARKET, Amsterdam and Overijssel
  nationalFund = await organisationOwner(app, { kind: 'FUND', name: 'Landelijk Fonds' });
  expectData(
    await app.gql(
      'mutation ($o: ID!, $input: FundProfileInput!) { setFundProfile(organisationId: $o, input: $input) { national } }',
      {
        o: nationalFund.organisationId,
        input: fundProfileInput({ themes: ['LABOUR_MARKET'], municipalityCodes: [], provinceCodes: [], national: true }),
      },
      { token: nationalFund.token },
    ),
    'setFundProfile',
  );

  // An award of 15,000 to the Amsterdam initiative.
  const call = await openCallOf(app, fund, { municipalityCodes: [GM.amsterdam] });
  const applied = await app.gql(
    'mutation ($c: ID!, $input: ApplicationInput!) { applyToCall(callId: $c, input: $input) { id } }',
    { c: call.id, input: { initiativeId: amsterdam, amountRequested: 15_000, motivation: 'Twintig statushouders aan het werk.' } },
    { token: ngo.token },
  );
  const applicationId = expectData<{ id: string }>(applied, 'applyToCall').id;
  await closeCall(app, fund.token, call.id);
  expectData(
    await app.gql(
      'mutation ($a: ID!) { awardApplication(applicationId: $a, amount: 15000) { id } }',
      { a: applicationId },
      { token: fund.token },
    ),
    'awardApplication',
  );

  // A table in Tilburg (EDUCATION) organised by the fund, with a pledge and a confirmed FUNDING commitment; a closed one in Utrecht.
  const [table] = await app.sql(
    `INSERT INTO round_table (kind, title, theme, municipality_code, organiser_id, status)
     VALUES ('LOCAL_TABLE', 'Tafel Tilburg', 'EDUCATION', $1, $2, 'SCHEDULED') RETURNING id`,
    [GM.tilburg, fund.organisationId],
  );
  await app.sql(
    `INSERT INTO round_table (kind, title, theme, municipality_code, organiser_id, status) VALUES ('LOCAL_TABLE', 'Oud', 'EDUCATION', $1, $2, 'CLOSED')`,
    [GM.utrecht, fund.organisationId],
  );
  await app.sql(
    `INSERT INTO commitment (organisation_id, kind, amount, quantity, status, table_id)
     VALUES ($1, 'PLACES', NULL, 3, 'PLEDGED', $2), ($1, 'FUNDING', 100, NULL, 'WITHDRAWN', $2)`,
    [ngo.organisationId, table!.id],
  );
  await app.sql(`INSERT INTO commitment (organisation_id, kind, amount, status, table_id) VALUES ($1, 'FUNDING', 5000, 'CONFIRMED', $2)`, [
    fund.organisationId,
    table!.id,
  ]);
});
afterAll(() => app?.stop());

describe('coverage', () => {
  it('gives every municipality its figures, national initiatives in none, national funds in all', async () => {
    const rows = await coverage('MUNICIPALITY');
    expect(rows.size).toBe(342);
    const [zwolle] = await app.sql('SELECT population FROM municipality WHERE code = $1', [GM.zwolle]);
    expect(rows.get(GM.zwolle)).toMatchObject({
      initiatives: 1,
      fundsServing: 2,
      fundingRequested: 10_000,
      fundingCommitted: 0,
      gap: false,
      perHundredThousand: Math.round((100_000 * 100) / zwolle!.population) / 100,
    });
    expect(rows.get(GM.deventer)).toMatchObject({ initiatives: 1, fundingRequested: 10_000, fundsServing: 2 });
    expect(rows.get(GM.amsterdam)).toMatchObject({ initiatives: 1, fundsServing: 2, fundingRequested: 20_000, fundingCommitted: 15_000 });
    // The draft in Utrecht does not count, nor does the closed table; only the national fund serves it.
    expect(rows.get(GM.utrecht)).toMatchObject({ initiatives: 0, fundsServing: 1, tables: 0, gap: true, perHundredThousand: 0 });
    // The table's confirmed FUNDING commitment is money committed and still open, like the pledge; the withdrawn one is neither.
    expect(rows.get(GM.tilburg)).toMatchObject({ initiatives: 0, tables: 1, openCommitments: 2, fundingCommitted: 5_000, gap: true });
    const names = [...rows.values()].map((r) => r.name as string);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('counts an initiative once per province, and funds of a municipality in its province', async () => {
    const rows = await coverage('PROVINCE');
    expect(rows.size).toBe(12);
    expect(rows.get(PV.overijssel)).toMatchObject({ initiatives: 1, fundingRequested: 10_000, fundsServing: 2, gap: false });
    expect(rows.get(PV.noordHolland)).toMatchObject({ initiatives: 1, fundingCommitted: 15_000, fundsServing: 2 });
    expect(rows.get(PV.noordBrabant)).toMatchObject({ initiatives: 0, tables: 1, openCommitments: 2, fundingCommitted: 5_000, gap: true });
    expect(rows.get(PV.utrecht)).toMatchObject({ initiatives: 0, fundsServing: 1, gap: true });
  });

  it('narrows to a theme: gaps where that theme has nothing', async () => {
    const education = await coverage('MUNICIPALITY', 'EDUCATION');
    expect(education.get(GM.amsterdam)).toMatchObject({ initiatives: 0, gap: true, fundsServing: 1, fundingCommitted: 0 });
    expect(education.get(GM.zwolle)).toMatchObject({ initiatives: 1, gap: false, fundsServing: 1 });
    expect(education.get(GM.tilburg)).toMatchObject({ tables: 1, fundingCommitted: 5_000 });
    const labour = await coverage('MUNICIPALITY', 'LABOUR_MARKET');
    expect(labour.get(GM.zwolle)).toMatchObject({ initiatives: 0, gap: true, fundsServing: 2 });
    expect(labour.get(GM.amsterdam)).toMatchObject({ initiatives: 1, fundingCommitted: 15_000 });
    expect(labour.get(GM.tilburg)).toMatchObject({ tables: 0, fundingCommitted: 0, openCommitments: 0 });
  });

  it("gives one organisation's share: a fund's awards, commitments and tables by region", async () => {
    const rows = await coverage('MUNICIPALITY', undefined, fund.organisationId);
    expect(rows.get(GM.amsterdam)).toMatchObject({ initiatives: 0, fundsServing: 1, fundingCommitted: 15_000, gap: true });
    expect(rows.get(GM.utrecht)).toMatchObject({ fundsServing: 0 });
    expect(rows.get(GM.tilburg)).toMatchObject({ tables: 1, fundingCommitted: 5_000, openCommitments: 1 });
    const own = await coverage('MUNICIPALITY', undefined, ngo.organisationId);
    expect(own.get(GM.zwolle)).toMatchObject({ initiatives: 1, fundsServing: 0 });
    expect(own.get(GM.tilburg)).toMatchObject({ openCommitments: 1, tables: 0 });
  });

  it('is one SQL statement, whatever the level (and one more to find a named organisation)', async () => {
    for (const level of ['PROVINCE', 'MUNICIPALITY']) {
      expect(await app.countStatements(() => app.gql(COVERAGE, { level }))).toBe(1);
      expect(await app.countStatements(() => app.gql(COVERAGE, { level, theme: 'EDUCATION', o: fund.organisationId }))).toBe(2);
    }
  });

  it('refuses bad arguments clearly', async () => {
    expect(errorOf(await app.gql(COVERAGE, { level: 'COUNTRY' })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await app.gql(COVERAGE, { level: 'PROVINCE', o: 'nope' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { organisationId: expect.any(String) },
    });
    expect(errorOf(await app.gql(COVERAGE, { level: 'PROVINCE', o: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });
});

describe('coverageTotals and coverageTrend', () => {
  it('totals per theme count each initiative once, national ones included', async () => {
    const totals = expectData<Row[]>(
      await app.gql(
        '{ coverageTotals { theme name initiatives nationalInitiatives fundsServing fundingRequested fundingCommitted tables openCommitments } }',
      ),
      'coverageTotals',
    );
    expect(totals.map((t) => t.theme)).toEqual(['EDUCATION', 'LABOUR_MARKET', 'TRAUMA_CARE', 'VOLUNTEERING', 'PUBLIC_PERCEPTION']);
    expect(totals[0]).toMatchObject({
      initiatives: 2,
      nationalInitiatives: 1,
      fundsServing: 1,
      fundingRequested: 17_000,
      fundingCommitted: 5_000,
      tables: 1,
      openCommitments: 2,
    });
    expect(totals[1]).toMatchObject({
      initiatives: 1,
      nationalInitiatives: 0,
      fundsServing: 2,
      fundingRequested: 20_000,
      fundingCommitted: 15_000,
      tables: 0,
    });
    const ofFund = expectData<Row[]>(
      await app.gql('query ($o: ID) { coverageTotals(organisationId: $o) { theme fundingCommitted fundsServing } }', {
        o: fund.organisationId,
      }),
      'coverageTotals',
    );
    expect(ofFund[1]).toMatchObject({ fundingCommitted: 15_000, fundsServing: 1 });
  });

  it('trend: one row per month, this month last, with what happened in it', async () => {
    const trend = expectData<Row[]>(
      await app.gql('{ coverageTrend(months: 3) { month initiativesPublished fundingCommitted tablesScheduled } }'),
      'coverageTrend',
    );
    expect(trend).toHaveLength(3);
    expect(trend[2]!.month).toMatch(/^\d{4}-\d{2}-01$/);
    expect(trend[2]).toMatchObject({ initiativesPublished: 3, fundingCommitted: 20_000 });
    expect(trend[0]).toMatchObject({ initiativesPublished: 0, fundingCommitted: 0 });
    const education = expectData<Row[]>(
      await app.gql('{ coverageTrend(theme: EDUCATION, months: 1) { initiativesPublished fundingCommitted } }'),
      'coverageTrend',
    );
    expect(education).toEqual([{ initiativesPublished: 2, fundingCommitted: 5_000 }]);
    for (const months of [0, 61, -1]) {
      expect(errorOf(await app.gql('query ($m: Int) { coverageTrend(months: $m) { month } }', { m: months }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { months: expect.any(String) },
      });
    }
  });
});

describe('the counters behind coverage (initiative_coverage)', () => {
  const FROM_SCRATCH = `SELECT p.code AS place_code, t.theme, count(*)::int AS initiatives, sum(coalesce(i.budget_requested, 0))::bigint AS requested
      FROM initiative i CROSS JOIN LATERAL (SELECT DISTINCT code FROM unnest(i.place_codes || '{*}'::text[]) AS code) p
      CROSS JOIN LATERAL (SELECT DISTINCT theme FROM unnest(i.themes || '{*}'::text[]) AS theme) t
     WHERE i.status IN ('PUBLISHED','FUNDED') GROUP BY 1, 2 ORDER BY 1, 2`;
  const COUNTERS =
    'SELECT place_code, theme, initiatives, requested FROM initiative_coverage WHERE initiatives <> 0 OR requested <> 0 ORDER BY 1, 2';

  it('equal a count from scratch after publishing, editing, closing and deleting, single rows and many', async () => {
    const owner = await organisationOwner(app, { name: 'Stichting Tellen' });
    const ids: string[] = [];
    for (const codes of [[GM.utrecht], [GM.utrecht, GM.amsterdam], []]) {
      const id = await createInitiative(app, owner.token, owner.organisationId, {
        municipalityCodes: codes,
        national: codes.length === 0,
        themes: ['TRAUMA_CARE', 'EDUCATION'],
      });
      await publishInitiative(app, owner.token, id);
      ids.push(id);
    }
    expect(await app.sql(COUNTERS)).toEqual(await app.sql(FROM_SCRATCH));
    const update = 'mutation ($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { id } }';
    const changed = {
      organisationId: owner.organisationId,
      title: 'Traumazorg Utrecht',
      themes: ['TRAUMA_CARE'],
      municipalityCodes: [GM.tilburg],
      budgetRequested: 99_000,
    };
    expectData(await app.gql(update, { id: ids[0], input: changed }, { token: owner.token }), 'updateInitiative');
    expectData(
      await app.gql('mutation ($id: ID!) { closeInitiative(id: $id) { id } }', { id: ids[1] }, { token: owner.token }),
      'closeInitiative',
    );
    expect(await app.sql(COUNTERS)).toEqual(await app.sql(FROM_SCRATCH));
    await app.sql(`UPDATE initiative SET budget_requested = budget_requested + 1 WHERE status = 'PUBLISHED'`);
    await app.sql('DELETE FROM initiative WHERE id = $1', [ids[2]]);
    expect(await app.sql(COUNTERS)).toEqual(await app.sql(FROM_SCRATCH));
    const rows = await coverage('MUNICIPALITY', 'TRAUMA_CARE');
    expect(rows.get(GM.tilburg)).toMatchObject({ initiatives: 1, fundingRequested: 99_001 });
    expect(rows.get(GM.utrecht)).toMatchObject({ initiatives: 0, gap: true });
  });
});

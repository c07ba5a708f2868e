import { loadProvinces } from '@koppel/reference-data/regions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { DEMO_SEED, DEMO_SIZE, generateRegistry } from './demo/registry.js';
import { deleteDemoData, isSeeded, seedDemoData } from './seed.js';

describe('the demo registry', () => {
  const today = new Date('2026-03-15T12:00:00Z');
  const data = generateRegistry(DEMO_SEED, DEMO_SIZE, today);

  it('is the same on every run, ids included', () => {
    expect(generateRegistry(DEMO_SEED, DEMO_SIZE, today)).toEqual(data);
    expect(generateRegistry(DEMO_SEED + 1, DEMO_SIZE, today).organisations[0]?.id).not.toBe(data.organisations[0]?.id);
  });

  it('has about 150 organisations of every kind, 20 funds with a profile, and municipalities of their own', () => {
    expect(data.organisations).toHaveLength(150);
    expect(new Set(data.organisations.map((o) => o.name)).size).toBe(150);
    expect(data.fundProfiles).toHaveLength(20);
    expect(data.organisations.filter((o) => o.kind === 'MUNICIPALITY').map((o) => o.name)).toContain('Gemeente Amsterdam');
    for (const profile of data.fundProfiles) expect(profile.minGrant).toBeLessThanOrEqual(profile.maxGrant);
  });

  it('spreads about 400 initiatives over all themes, all provinces and every status', () => {
    expect(data.initiatives).toHaveLength(400);
    const homes = new Set(data.organisations.map((o) => o.municipalityCode));
    expect(homes.size).toBeGreaterThan(60);
    expect(new Set(data.initiatives.flatMap((i) => i.themes))).toEqual(
      new Set(['EDUCATION', 'LABOUR_MARKET', 'TRAUMA_CARE', 'VOLUNTEERING', 'PUBLIC_PERCEPTION']),
    );
    expect(new Set(data.initiatives.map((i) => i.status))).toEqual(new Set(['DRAFT', 'PUBLISHED', 'FUNDED', 'CLOSED']));
    expect(data.needs.length).toBeGreaterThan(200);
    expect(data.offers).toHaveLength(120);
  });
});

describe('seeding a database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.stop());

  it('writes the demo data quickly, serves it, and deletes it again', async () => {
    const log = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as never;
    const steps = new Set<string>();
    const started = Date.now();
    const { registry, knowledge } = await seedDemoData(app.koppel.db, log, { production: false, onProgress: (step) => steps.add(step) });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(steps).toEqual(new Set(['organisations', 'fund profiles', 'initiatives', 'needs', 'offers']));
    expect(registry.organisations.FUND).toHaveLength(20);

    const perProvince = await app.sql(`
      SELECT m.province_code, count(DISTINCT i.id)::int AS n FROM initiative i, unnest(i.municipality_codes) AS c
        JOIN municipality m ON m.code = c WHERE i.status IN ('PUBLISHED', 'FUNDED') GROUP BY 1`);
    expect(perProvince.map((r) => r.province_code).sort()).toEqual(
      loadProvinces()
        .map((p) => p.code)
        .sort(),
    );

    const response = await app.gql(
      '{ initiatives(filter: { search: "taalcoach" }, first: 3) { totalCount edges { node { title organisation { name } } } } }',
      {},
      { language: 'nl' },
    );
    expect(response.data?.initiatives.totalCount).toBeGreaterThan(0);
    const fund = await app.gql(
      '{ organisations(filter: { kinds: [FUND] }, first: 1) { edges { node { fundProfile { maxGrant themes { slug } } } } } }',
    );
    expect(fund.data?.organisations.edges[0].node.fundProfile.maxGrant).toBeGreaterThan(0);

    // About 20 knowledge items with sources on every theme, the public ones found by a Dutch search; co-signed publications.
    expect(knowledge).toMatchObject({ knowledgeItems: 20, publications: 6 });
    expect(knowledge.coSignatures).toBeGreaterThan(3);
    const library = await app.gql(
      `{ knowledgeItems(first: 100) { totalCount edges { node { themes { slug } sources { url } } } }
         found: knowledgeItems(filter: { search: "vluchtelingen" }) { totalCount }
         publications { edges { node { byline coSigners { id } } } } }`,
    );
    const published = library.data?.knowledgeItems.edges.map((e: any) => e.node) ?? [];
    expect(published.length).toBeGreaterThanOrEqual(15);
    expect(published.every((item: any) => item.sources.length > 0)).toBe(true);
    expect(new Set(published.flatMap((item: any) => item.themes.map((t: any) => t.slug))).size).toBe(5);
    expect(library.data?.found.totalCount).toBeGreaterThan(0);
    expect(library.data?.publications.edges.filter((e: any) => e.node.coSigners.length > 0).length).toBeGreaterThanOrEqual(3);
    // The demo accounts joined the organisations.
    expect(
      (
        await app.sql(
          "SELECT count(*)::int AS n FROM membership m JOIN account a ON a.id = m.account_id WHERE a.email LIKE '%@koppel.demo'",
        )
      )[0]?.n,
    ).toBeGreaterThan(5);

    // Calls: a co-funded labour-market call partly awarded, a sponsorship call with a points rubric, and more.
    const calls = await app.gql(
      '{ calls(first: 20) { totalCount edges { node { title status funders { amount } placesLeft rubric { title } } } } }',
    );
    const nodes = calls.data?.calls.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(calls.data?.calls.totalCount).toBeGreaterThan(5);
    expect(nodes.find((c: { funders: unknown[] }) => c.funders.length === 2)).toMatchObject({ status: 'CLOSED', placesLeft: 1 });
    expect(
      nodes.find((c: { title: string }) => c.title.startsWith('Burgerschapssponsoring')).rubric.map((r: { title: string }) => r.title),
    ).toEqual(['Onderwijs', 'Werkervaring', 'Taal']);
    expect((await app.sql("SELECT count(*)::int AS n FROM commitment WHERE kind = 'FUNDING'"))[0]?.n).toBeGreaterThan(4);
    expect((await app.sql('SELECT count(*)::int AS n FROM call_review'))[0]?.n).toBeGreaterThan(10);

    await deleteDemoData(app.koppel.db);
    expect((await app.sql('SELECT (SELECT count(*) FROM call)::int + (SELECT count(*) FROM commitment)::int AS n'))[0]?.n).toBe(0);
    expect(
      await app.sql(
        'SELECT (SELECT count(*) FROM organisation)::int AS o, (SELECT count(*) FROM account)::int AS a, (SELECT count(*) FROM municipality)::int AS m',
      ),
    ).toEqual([{ o: 0, a: 0, m: 342 }]);
    expect(await isSeeded(app.koppel.db)).toBe(false);
  });
});

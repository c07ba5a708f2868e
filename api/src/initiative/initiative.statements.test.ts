import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/**
 * No N+1: a page costs the same number of SQL statements whatever its size. The rows are inserted
 * straight into the database (this is about reading them).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.sql(`
    INSERT INTO organisation (kind, name, themes, municipality_code)
    SELECT 'NGO', 'Stichting ' || n, '{EDUCATION}', 'GM0193' FROM generate_series(1, 40) AS n`);
  await app.sql(`
    INSERT INTO initiative (organisation_id, title, summary, status, themes, municipality_codes, target_groups, budget_requested, starts_on, ends_on, published_at, created_at)
    SELECT o.id, 'Taalcafé ' || n, 'Samen Nederlands oefenen met een taalcoach.', 'PUBLISHED',
           (ARRAY['{EDUCATION}', '{EDUCATION,LABOUR_MARKET}', '{TRAUMA_CARE}'])[1 + n % 3]::text[],
           (ARRAY['{GM0193}', '{GM0150,GM0363}', '{GM0344}', '{GM0855}'])[1 + n % 4]::text[],
           (ARRAY['{STATUSHOUDERS}', '{WOMEN,FAMILIES}'])[1 + n % 2]::text[],
           1000 * n, '2026-04-01', '2026-12-31', now(), now() - n * interval '1 minute'
      FROM generate_series(1, 150) AS n
      JOIN LATERAL (SELECT id FROM organisation ORDER BY name OFFSET n % 40 LIMIT 1) o ON true`);
});
afterAll(() => app?.stop());

const PAGE = `query ($first: Int) {
  initiatives(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id title summary status budgetRequested startsOn endsOn national
      organisation { id name kind website contactEmail }
      themes { slug name }
      municipalities { code name }
      targetGroups { slug name }
    } }
  }
}`;

describe('SQL statements per request', () => {
  it('a page of 100 initiatives with organisation, themes, municipalities and target groups runs as many as a page of 5, and at most 6', async () => {
    const viewer = await signUp(app);
    for (const token of [undefined, viewer.token]) {
      const small = await app.countStatements(async () => {
        const response = await app.gql(PAGE, { first: 5 }, { token });
        expect(response.data?.initiatives.edges).toHaveLength(5);
      });
      const large = await app.countStatements(async () => {
        const response = await app.gql(PAGE, { first: 100 }, { token });
        expect(response.data?.initiatives.edges).toHaveLength(100);
        expect(response.data?.initiatives.totalCount).toBe(150);
        expect(response.data?.initiatives.edges[99].node.municipalities.length).toBeGreaterThan(0);
      });
      console.info(`statements (${token ? 'signed in' : 'anonymous'}): page of 5 → ${small}, page of 100 → ${large}`);
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(6);
    }
  });

  it('a page of organisations with their initiatives runs as many for 50 as for 5', async () => {
    const query = `query ($first: Int) {
      organisations(first: $first) { totalCount edges { node {
        id name contactEmail themes { slug } municipality { code } fundProfile { maxGrant } needs { id } offers { id }
        initiatives(first: 5) { totalCount edges { node { id title themes { slug } municipalities { code } } } }
      } } }
    }`;
    const small = await app.countStatements(() => app.gql(query, { first: 5 }));
    const large = await app.countStatements(async () => {
      const response = await app.gql(query, { first: 40 });
      expect(response.data?.organisations.edges).toHaveLength(40);
      expect(response.data?.organisations.edges[0].node.initiatives.edges.length).toBeGreaterThan(0);
    });
    console.info(`statements (organisations with initiatives): 5 → ${small}, 40 → ${large}`);
    expect(large).toBe(small);
  });
});

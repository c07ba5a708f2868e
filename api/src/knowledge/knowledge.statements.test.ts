import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/**
 * No N+1: a page of knowledge items costs the same number of SQL statements whatever its size. The
 * rows are inserted straight into the database (this is about reading them).
 */
let app: TestApp;
let adminToken: string;
beforeAll(async () => {
  app = await startTestApp();
  adminToken = (await signUp(app)).token; // the first account is an alliance admin: it sees versions and reviews
  await app.sql(`INSERT INTO organisation (kind, name) SELECT 'NGO', 'Stichting ' || n FROM generate_series(1, 40) AS n`);
  await app.sql(`
    INSERT INTO knowledge_item (organisation_id, question, short_answer, long_answer, status, themes, audiences, sources, published_at, created_at)
    SELECT o.id, 'Vraag ' || n || ' over vluchtelingen?', 'Kort antwoord ' || n, '**Lang** antwoord met [bron](https://www.cbs.nl/).', 'PUBLISHED',
           (ARRAY['{EDUCATION}', '{EDUCATION,LABOUR_MARKET}', '{TRAUMA_CARE}'])[1 + n % 3]::text[], '{MEDIA,POLITICS}',
           jsonb_build_array(jsonb_build_object('title', 'Bron ' || n, 'url', 'https://www.cbs.nl/' || n, 'publisher', 'CBS', 'year', 2025)),
           now(), now() - n * interval '1 minute'
      FROM generate_series(1, 150) AS n
      JOIN LATERAL (SELECT id FROM organisation ORDER BY name OFFSET n % 40 LIMIT 1) o ON true`);
  await app.sql(`
    INSERT INTO knowledge_item_version (item_id, version, question, short_answer, long_answer, themes, audiences, sources)
    SELECT id, 1, question, short_answer, long_answer, themes, audiences, sources FROM knowledge_item`);
  await app.sql(`INSERT INTO knowledge_review (item_id, version, decision) SELECT id, 1, 'APPROVE' FROM knowledge_item`);
});
afterAll(() => app?.stop());

const PAGE = `query ($first: Int, $search: String) {
  knowledgeItems(first: $first, filter: { search: $search }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id question shortAnswer longAnswerHtml status audiences quote mayReview updatedAt
      sources { title url publisher year }
      organisation { id name }
      themes { slug name }
      reviews { decision reviewerName }
      versions { version authorName themes { slug } }
    } }
  }
}`;

describe('SQL statements per request', () => {
  it.each([[undefined], ['vluchtelingen']])(
    'a page of 100 knowledge items (search: %s) with everything on it runs as many as a page of 5',
    async (search) => {
      for (const token of [undefined, adminToken]) {
        const small = await app.countStatements(async () => {
          const response = await app.gql(PAGE, { first: 5, search }, { token });
          expect(response.data?.knowledgeItems.edges).toHaveLength(5);
        });
        const large = await app.countStatements(async () => {
          const response = await app.gql(PAGE, { first: 100, search }, { token });
          expect(response.data?.knowledgeItems.edges).toHaveLength(100);
          expect(response.data?.knowledgeItems.totalCount).toBe(150);
          expect(response.data?.knowledgeItems.edges[99].node.reviews).toHaveLength(token ? 1 : 0);
        });
        console.info(`statements (${token ? 'admin' : 'anonymous'}, search ${search}): page of 5 → ${small}, page of 100 → ${large}`);
        expect(large).toBe(small);
        expect(large).toBeLessThanOrEqual(5);
      }
    },
  );
});

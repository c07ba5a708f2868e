import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntityIdIndex1764000015000 } from '../../api/src/db/migrations/1764000015000-audit-entity-id-index.js';
import { signUp } from '../../api/src/testing/accounts.js';
import { organisationInput, rowCounts } from '../../api/src/testing/registry.js';
import { startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

/**
 * The findings of the hardening review (issue 15), each as an outside client sends it over HTTP: every
 * one answers a 4xx or a documented code, never a 5xx or INTERNAL_SERVER_ERROR.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body,
  });
  const text = await response.text();
  let json: { errors?: { message: string; extensions: Record<string, unknown> }[]; data?: unknown } | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, code: json?.errors?.[0]?.extensions.code, text };
}

describe('input is checked before anything uses it', () => {
  it('a variable of the wrong type, or a missing required one, is BAD_USER_INPUT (400) naming it', async () => {
    const wrong = await post(JSON.stringify({ query: 'query($id:ID!){initiative(id:$id){id}}', variables: { id: true } }));
    expect([wrong.status, wrong.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(wrong.json?.errors?.[0]?.extensions.fields).toEqual({ id: 'Not a valid value of type ID!.' });
    const missing = await post(JSON.stringify({ query: 'query($id:ID!){initiative(id:$id){id}}', variables: {} }));
    expect([missing.status, missing.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(missing.json?.errors?.[0]?.extensions.fields).toEqual({ id: 'This field is required.' });
    const nested = await post(
      JSON.stringify({ query: 'query($f:InitiativeFilter){initiatives(filter:$f){totalCount}}', variables: { f: { budgetMin: 'veel' } } }),
    );
    expect([nested.status, nested.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(Object.keys(nested.json?.errors?.[0]?.extensions.fields ?? {})).toEqual(['f.budgetMin']);
  });

  it('NUL and lone surrogate halves are refused at the edge, in a literal, a variable and a mutation input', async () => {
    const literal = await post(JSON.stringify({ query: '{initiatives(filter:{search:"a\\u0000b"}){totalCount}}' }));
    expect([literal.status, literal.code]).toEqual([400, 'BAD_USER_INPUT']);
    const variable = await post(
      JSON.stringify({ query: 'query($s:String){initiatives(filter:{search:$s}){totalCount}}', variables: { s: 'a\u0000b' } }),
    );
    expect([variable.status, variable.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(variable.json?.errors?.[0]?.extensions.fields).toHaveProperty('s');
    const surrogate = await post(`{"query":"query($s:String){initiatives(filter:{search:$s}){totalCount}}","variables":{"s":"a\\ud800b"}}`);
    expect([surrogate.status, surrogate.code]).toEqual([400, 'BAD_USER_INPUT']);

    const owner = await signUp(app);
    const before = await rowCounts(app);
    const write = await post(
      JSON.stringify({
        query: 'mutation($input: OrganisationInput!){createOrganisation(input:$input){id}}',
        variables: { input: organisationInput({ name: 'Stichting\u0000Nul' }) },
      }),
      { authorization: `Bearer ${owner.token}` },
    );
    expect([write.status, write.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(write.json?.errors?.[0]?.extensions.fields).toEqual({ 'input.name': expect.any(String) });
    expect(await rowCounts(app)).toEqual(before);
    // Right-to-left and zero-width text are ordinary text: stored as sent.
    const rtl = await post(
      JSON.stringify({
        query: 'mutation($input: OrganisationInput!){createOrganisation(input:$input){name}}',
        variables: { input: organisationInput({ name: 'مرحبا \u200b Stichting' }) },
      }),
      { authorization: `Bearer ${owner.token}` },
    );
    expect(rtl.json?.data).toEqual({ createOrganisation: { name: 'مرحبا \u200b Stichting' } });
  });

  it('variables nested 5,000 levels deep are BAD_USER_INPUT, even when the query does not use them', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const response = await post(`{"query":"{themes{slug}}","variables":{"x":${deep}}}`);
    expect([response.status, response.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(response.json?.errors?.[0]?.message).toMatch(/nested deeper than 16/);
  });

  it('a list of 10,000 items in the variables is refused at once', async () => {
    const started = Date.now();
    const response = await post(
      JSON.stringify({
        query: 'query($f:InitiativeFilter){initiatives(filter:$f){totalCount}}',
        variables: { f: { themes: Array(10_000).fill('x') } },
      }),
    );
    expect([response.status, response.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a subscription is OPERATION_NOT_SUPPORTED (400)', async () => {
    const response = await post(JSON.stringify({ query: 'subscription { x }' }));
    expect([response.status, response.code]).toEqual([400, 'OPERATION_NOT_SUPPORTED']);
  });

  it('introspection has a cost: one full schema is fine, 15 aliased copies are QUERY_TOO_COMPLEX', async () => {
    const copies = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: __schema { types { name fields { name } } }`).join(' ')} }`;
    const response = await post(JSON.stringify({ query: copies }));
    expect([response.status, response.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(response.text.length).toBeLessThan(2000);
    const one = await post(JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }));
    expect(one.status).toBe(200);
  });

  it('__typename aliases count towards the alias limit', async () => {
    const response = await post(JSON.stringify({ query: `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: __typename`).join(' ')} }` }));
    expect([response.status, response.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  it('a body over 1 MB is PAYLOAD_TOO_LARGE (413)', async () => {
    const response = await post(JSON.stringify({ query: `{ themes { slug } } # ${'x'.repeat(1024 * 1024)}` }));
    expect([response.status, response.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });
});

describe('overload is an answer', () => {
  it('a locked table and an exhausted pool answer SERVICE_UNAVAILABLE (503, Retry-After) within seconds', async () => {
    const outside = new pg.Client({ connectionString: app.databaseUrl });
    await outside.connect();
    try {
      await outside.query('BEGIN');
      await outside.query('LOCK TABLE initiative IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => post(JSON.stringify({ query: '{ initiatives(first: 5) { totalCount edges { node { id } } } }' }))),
      );
      const elapsed = Date.now() - started;
      const answers = responses.map((r) => `${r.status} ${r.code} ${r.headers.get('retry-after')}`);
      expect(new Set(answers)).toEqual(new Set(['503 SERVICE_UNAVAILABLE 1']));
      expect(responses[0]?.json?.errors?.[0]?.extensions.requestId).toEqual(expect.any(String));
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      await outside.query('ROLLBACK');
      await outside.end();
    }
    // And it serves again once the lock is gone.
    expect((await post(JSON.stringify({ query: '{ initiatives(first: 5) { totalCount } }' }))).status).toBe(200);
  });
});

describe('the audit trail index', () => {
  it('can be dropped and created again (its down() does not rot)', async () => {
    const runner = app.koppel.db.createQueryRunner();
    try {
      await new AuditEntityIdIndex1764000015000().down(runner);
      await new AuditEntityIdIndex1764000015000().up(runner);
    } finally {
      await runner.release();
    }
    const indexes = await app.sql(
      "SELECT indexname FROM pg_indexes WHERE tablename = 'audit_entry' AND indexname = 'audit_entry_entity_id_idx'",
    );
    expect(indexes).toHaveLength(1);
  });
});

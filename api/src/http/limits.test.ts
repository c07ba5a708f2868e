import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../core/apollo.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** `{ provinces { municipalities { province { … { code } } } } }`: `levels` fields deep, counting the leaf. */
function nested(levels: number): string {
  const fields = ['provinces'];
  while (fields.length < levels - 1) fields.push(fields.length % 2 === 1 ? 'municipalities' : 'province');
  return `{ ${fields.join(' { ')} { code }${' }'.repeat(levels - 2)} }`;
}

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, json: safeJson(text) };
}

function safeJson(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

describe('protective limits', () => {
  it(`lets a query nested ${QUERY_LIMITS.depth} levels deep past the depth limit`, async () => {
    // The reference data only nests through lists, so this one is refused for its cost, not its depth.
    const response = await app.gql(nested(QUERY_LIMITS.depth));
    expect(response.errors?.[0]?.message).not.toMatch(/nested/);
    expect((await app.gql('{ provinces { municipalities { province { code } } } }')).status).toBe(200);
  });

  it('refuses a query that fans out into too many rows, however shallow', async () => {
    const response = await app.gql(nested(QUERY_LIMITS.depth));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]).not.toHaveProperty('extensions.http');
  });

  it(`refuses a query nested ${QUERY_LIMITS.depth + 1} levels deep with QUERY_TOO_COMPLEX`, async () => {
    const response = await app.gql(nested(QUERY_LIMITS.depth + 1));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toMatch(/nested deeper than 10/);
    expect(response.data).toBeUndefined();
  });

  it('counts depth through fragments too', async () => {
    const query = `${nested(QUERY_LIMITS.depth - 1).replace('{ code }', '{ ...F }')} fragment F on Municipality { code province { code } }`;
    const response = await app.gql(query);
    expect(response.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('allows 15 aliases and refuses 20', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: themes { slug }`).join(' ')} }`;
    expect((await app.gql(aliases(15))).errors).toBeUndefined();
    const refused = await app.gql(aliases(20));
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a document with too many tokens before parsing it all', async () => {
    const query = `{ themes { ${'slug '.repeat(QUERY_LIMITS.tokens)} } }`;
    const response = await app.gql(query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a body over 1 MB with 413 and a GraphQL error', async () => {
    const response = await post(JSON.stringify({ query: `{ themes { slug } } # ${'x'.repeat(1024 * 1024)}` }));
    expect(response.status).toBe(413);
    expect(response.json?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses batched requests', async () => {
    const response = await post(JSON.stringify([{ query: '{ themes { slug } }' }, { query: '{ provinces { code } }' }]));
    expect(response.status).toBe(400);
    expect(response.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers malformed JSON and malformed GraphQL with 400 and a GraphQL error', async () => {
    const badJson = await post('{"query": "{ themes { slug } }"');
    expect(badJson.status).toBe(400);
    expect(badJson.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badQuery = await app.gql('{ themes { slug ');
    expect(badQuery.status).toBe(400);
    expect(badQuery.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknownField = await app.gql('{ themes { colour } }');
    expect(unknownField.status).toBe(400);
    expect(unknownField.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ themes { slug } }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ themes { slug } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('does not run mutations over GET', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
  });

  it('masks internal errors: no SQL or stack, but a request id the log also has', async () => {
    await app.sql('ALTER TABLE theme RENAME TO theme_hidden');
    try {
      const response = await app.gql('{ themes { slug } }');
      const error = response.errors?.[0];
      expect(error?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.extensions.requestId).toBe(response.headers.get('x-request-id'));
      expect(JSON.stringify(response.errors)).not.toMatch(/theme|relation|SELECT|stack|at /i);
    } finally {
      await app.sql('ALTER TABLE theme_hidden RENAME TO theme');
    }
  });
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });
});

describe('introspection', () => {
  it('answers the full introspection query GraphiQL and codegen send', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await app.gql(getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(response.data?.__schema.queryType.name).toBe('Query');
  });
});

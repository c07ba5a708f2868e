import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import { createPublication, publicationInput } from '../testing/knowledge.js';
import { addMember, organisationOwner, type Team, team } from '../testing/registry.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let publisher: Team;
let partner: Team;
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin
  [publisher, partner] = await Promise.all([
    team(app, { name: 'Vluchtelingenwerk Zuid' }),
    team(app, { name: 'Stichting Migrantenvrouwen' }),
  ]);
});
afterAll(() => app?.stop());

const CO_SIGN =
  'mutation ($p: ID!, $o: ID!) { coSignPublication(publicationId: $p, organisationId: $o) { id byline coSigners { id name } } }';
const LIST = `query ($f: PublicationFilter, $first: Int) { publications(filter: $f, first: $first) {
  totalCount edges { node { id kind title publishedOn openForCoSigning organisation { id } coSigners { id } byline themes { slug } } }
} }`;

const counts = async () =>
  (
    await app.sql(`SELECT (SELECT count(*) FROM publication)::int AS publications, (SELECT count(*) FROM publication_co_signer)::int AS signatures,
                          (SELECT count(*) FROM audit_entry)::int AS audit`)
  )[0];

describe('publications, as an outside client over HTTP', () => {
  it('a partner co-signs a publication in its own name, shown as "with …" and on both organisations\' pages', async () => {
    const id = await createPublication(app, publisher.editor.token, publisher.organisationId);
    const signed = await app.gql(CO_SIGN, { p: id, o: partner.organisationId }, { token: partner.editor.token, language: 'nl' });
    expect(expectData(signed, 'coSignPublication')).toMatchObject({
      byline: 'Vluchtelingenwerk Zuid, met Stichting Migrantenvrouwen',
      coSigners: [{ id: partner.organisationId, name: 'Stichting Migrantenvrouwen' }],
    });
    // Signing twice changes nothing.
    const before = await counts();
    expectData(await app.gql(CO_SIGN, { p: id, o: partner.organisationId }, { token: partner.owner.token }), 'coSignPublication');
    expect(await counts()).toEqual(before);

    const page = 'query ($o: ID!) { organisation(id: $o) { publications { totalCount edges { node { id byline } } } } }';
    for (const organisation of [publisher.organisationId, partner.organisationId]) {
      const response = await app.gql(page, { o: organisation }, { language: 'en' });
      expect(response.data?.organisation.publications).toEqual({
        totalCount: 1,
        edges: [{ node: { id, byline: 'Vluchtelingenwerk Zuid, with Stichting Migrantenvrouwen' } }],
      });
    }
    const audit = await app.sql('SELECT action, organisation_id FROM audit_entry WHERE entity_id = $1 ORDER BY id', [id]);
    expect(audit).toEqual([
      { action: 'createPublication', organisation_id: publisher.organisationId },
      { action: 'coSignPublication', organisation_id: partner.organisationId },
    ]);

    // Withdrawn again, it disappears from the partner's page.
    await app.gql(
      'mutation ($p: ID!, $o: ID!) { withdrawCoSignature(publicationId: $p, organisationId: $o) { id } }',
      { p: id, o: partner.organisationId },
      { token: partner.owner.token },
    );
    expect((await app.gql(page, { o: partner.organisationId })).data?.organisation.publications.totalCount).toBe(0);
  });

  it("refuses co-signing for an organisation one is not an editor of, of one's own publication, or when closed", async () => {
    const open = await createPublication(app, publisher.editor.token, publisher.organisationId);
    const closed = await createPublication(app, publisher.editor.token, publisher.organisationId, { openForCoSigning: false });
    const stranger = await organisationOwner(app);
    const admin = await signUp(app);
    await app.sql('UPDATE account SET is_admin = true WHERE id = $1', [admin.accountId]);
    const before = await counts();
    const tries: [string, string, string, string][] = [
      [open, partner.organisationId, stranger.token, 'FORBIDDEN'], // not a member of the partner
      [open, partner.organisationId, partner.viewer.token, 'FORBIDDEN'], // a VIEWER does not sign
      [open, partner.organisationId, admin.token, 'FORBIDDEN'], // nor does an admin, for another organisation
      [open, publisher.organisationId, publisher.owner.token, 'CONFLICT'], // its own publication
      [closed, partner.organisationId, partner.owner.token, 'CONFLICT'],
    ];
    for (const [p, o, token, code] of tries) {
      const response = await app.gql(CO_SIGN, { p, o }, { token, language: 'nl' });
      expect(errorOf(response).code, `${code} for ${o}`).toBe(code);
    }
    expect(errorOf(await app.gql(CO_SIGN, { p: open, o: partner.organisationId }, { token: stranger.token })).message).toBe(
      'You can only co-sign on behalf of an organisation you are an editor or owner of.',
    );
    expect(await counts()).toEqual(before);
  });

  it('lists newest first with filters and a Dutch search, and refuses bad input', async () => {
    const org = await organisationOwner(app, { name: 'Onderzoeksbureau Nieuwkomers' });
    await addMember(app, org.organisationId, 'EDITOR');
    const barometer = await createPublication(app, org.token, org.organisationId, {
      kind: 'RESEARCH_REPORT',
      title: 'Barometer arbeidsmarkt voor vluchtelingen 2026',
      summary: 'Hoeveel statushouders werk vinden, per gemeente.',
      publishedOn: '2026-03-01',
      themes: ['LABOUR_MARKET'],
      openForCoSigning: false,
    });
    const shadow = await createPublication(app, org.token, org.organisationId, {
      kind: 'SHADOW_REPORT',
      title: 'Schaduwrapportage over het kinderrechtenverdrag',
      publishedOn: '2025-11-20',
      themes: ['EDUCATION'],
    });
    const list = async (f: Record<string, unknown>) =>
      (await app.gql(LIST, { f: { organisationId: org.organisationId, ...f } })).data?.publications.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await list({})).toEqual([barometer, shadow]);
    expect(await list({ kinds: ['SHADOW_REPORT'] })).toEqual([shadow]);
    expect(await list({ themes: ['LABOUR_MARKET'] })).toEqual([barometer]);
    expect(await list({ openForCoSigning: true })).toEqual([shadow]);
    expect(await list({ search: 'vluchteling' })).toEqual([barometer]);

    const before = await counts();
    const create = 'mutation ($input: PublicationInput!) { createPublication(input: $input) { id } }';
    for (const [overrides, field] of [
      [{ url: 'niet-een-adres' }, 'url'],
      [{ summary: 'Lees <script>alert(1)</script>' }, 'summary'],
      [{ title: 'x' }, 'title'],
      [{ themes: [] }, 'themes'],
    ] as const) {
      const response = await app.gql(create, { input: publicationInput(org.organisationId, overrides) }, { token: org.token });
      expect(errorOf(response).code).toBe('BAD_USER_INPUT');
      expect(Object.keys(errorOf(response).fields)).toEqual([field]);
    }
    const other = await app.gql(create, { input: publicationInput(publisher.organisationId) }, { token: org.token });
    expect(errorOf(other).code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('SQL statements per request', () => {
  it('a page of publications with organisation, co-signers and byline, and organisations with theirs, cost the same at any size', async () => {
    // Co-signers (the last organisations by id) are never publishers (the first three): loaded apart, at any page size.
    await app.sql(`INSERT INTO organisation (kind, name) SELECT 'NGO', 'Partner ' || n FROM generate_series(1, 4) AS n`);
    await app.sql(`
      INSERT INTO publication (organisation_id, kind, title, summary, url, published_on, themes, open_for_co_signing)
      SELECT o.id, 'POSITION_PAPER', 'Standpunt ' || n, 'Over taal en werk.', 'https://example.nl/' || n, date '2026-01-01' - n, '{EDUCATION}', true
        FROM generate_series(1, 120) AS n
        JOIN LATERAL (SELECT id FROM organisation ORDER BY id OFFSET n % 3 LIMIT 1) o ON true`);
    await app.sql(`
      INSERT INTO publication_co_signer (publication_id, organisation_id)
      SELECT p.id, o.id FROM publication p CROSS JOIN LATERAL (SELECT id FROM organisation ORDER BY id DESC LIMIT 2) o`);
    const query = `query ($first: Int) { publications(first: $first) { totalCount edges { node {
      id title organisation { id name } coSigners { id name } byline themes { slug }
    } } } }`;
    const small = await app.countStatements(() => app.gql(query, { first: 5 }));
    const large = await app.countStatements(async () => {
      const response = await app.gql(query, { first: 100 });
      expect(response.data?.publications.edges).toHaveLength(100);
      expect(response.data?.publications.edges[99].node.coSigners).toHaveLength(2);
    });
    console.info(`statements (publications): 5 → ${small}, 100 → ${large}`);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);

    const organisations = `query ($first: Int) { organisations(first: $first) { edges { node {
      id publications(first: 3) { totalCount edges { node { id title publishedOn } } }
    } } } }`;
    const few = await app.countStatements(() => app.gql(organisations, { first: 2 }));
    const many = await app.countStatements(async () => {
      const response = await app.gql(organisations, { first: 8 });
      expect(response.data?.organisations.edges.length).toBeGreaterThan(4);
    });
    expect(many).toBe(few);
  });
});

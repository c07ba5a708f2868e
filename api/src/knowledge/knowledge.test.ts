import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, TEST_PASSWORD } from '../testing/accounts.js';
import { createKnowledgeItem, knowledgeItemInput, reviewKnowledgeItem, SOURCES, submitKnowledgeItem } from '../testing/knowledge.js';
import { organisationOwner, type Team, team } from '../testing/registry.js';
import { errorOf, expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let ngo: Team;
beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin; the tests below use ordinary accounts
  ngo = await team(app, { name: 'Stichting Nieuwe Buren' });
});
afterAll(() => app?.stop());

const ITEM = `query ($id: ID!) { knowledgeItem(id: $id) {
  id question shortAnswer longAnswer longAnswerHtml status version mayReview quote
  themes { slug } audiences sources { title url publisher year } organisation { id name }
  reviews { decision comment version reviewerName }
  versions { version question changedFields authorName }
} }`;

const item = async (id: string, token?: string, language: 'nl' | 'en' = 'en') => app.gql(ITEM, { id }, { token, language });

const UPDATE = 'mutation ($id: ID!, $input: KnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $input) { id status version } }';
const SEARCH = 'query ($f: KnowledgeFilter) { knowledgeItems(filter: $f) { totalCount edges { node { id question } } } }';

const counts = async () =>
  (
    await app.sql(`SELECT (SELECT count(*) FROM knowledge_item)::int AS items, (SELECT count(*) FROM knowledge_item_version)::int AS versions,
                          (SELECT count(*) FROM knowledge_review)::int AS reviews, (SELECT count(*) FROM audit_entry)::int AS audit,
                          (SELECT string_agg(id || status || version, ',' ORDER BY id) FROM knowledge_item) AS states`)
  )[0];

describe('the knowledge library, as an outside client over HTTP', () => {
  it('drafts, refuses a self-approval, sends back, edits, approves and publishes: found by a Dutch word form', async () => {
    // An NGO member drafts an item with two sources.
    const id = await createKnowledgeItem(app, ngo.editor.token, ngo.organisationId, {
      question: 'Hoeveel mensen vragen asiel aan in Nederland?',
      shortAnswer: 'Iedere vluchteling die hier asiel vraagt, krijgt een eerlijke procedure; de aantallen schommelen per jaar.',
    });
    expect((await item(id, ngo.editor.token)).data?.knowledgeItem).toMatchObject({ status: 'DRAFT', version: 1, sources: SOURCES });
    // A draft does not exist for the public.
    expect(errorOf(await item(id)).code).toBe('NOT_FOUND');
    await submitKnowledgeItem(app, ngo.editor.token, id);

    // The same person cannot approve it: four eyes, a clear message in both languages.
    const before = await counts();
    const own = await app.gql(
      'mutation ($id: ID!) { reviewKnowledgeItem(id: $id, decision: APPROVE) { id } }',
      { id },
      { token: ngo.editor.token, language: 'nl' },
    );
    expect(errorOf(own)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('vier ogen') });
    expect(errorOf(await reviewKnowledgeItem(app, ngo.editor.token, id, 'REQUEST_CHANGES', 'Zelf'))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('four eyes'),
    });
    expect(await counts()).toEqual(before);
    expect((await item(id, ngo.editor.token)).data?.knowledgeItem.mayReview).toBe(false);
    expect((await item(id, ngo.owner.token)).data?.knowledgeItem.mayReview).toBe(true);

    // A colleague requests changes (a comment is required), the author edits and submits again, the colleague approves.
    expect(errorOf(await reviewKnowledgeItem(app, ngo.owner.token, id, 'REQUEST_CHANGES')).fields).toHaveProperty('comment');
    const sentBack = await reviewKnowledgeItem(app, ngo.owner.token, id, 'REQUEST_CHANGES', 'Noem ook de gezinshereniging.');
    expect(expectData(sentBack, 'reviewKnowledgeItem').status).toBe('DRAFT');
    const edited = await app.gql(
      UPDATE,
      {
        id,
        input: knowledgeItemInput(ngo.organisationId, {
          question: 'Hoeveel mensen vragen asiel aan in Nederland?',
          shortAnswer: 'Iedere vluchteling krijgt een eerlijke procedure; met gezinshereniging komen ook gezinsleden over.',
        }),
      },
      { token: ngo.editor.token },
    );
    expect(expectData(edited, 'updateKnowledgeItem')).toMatchObject({ status: 'DRAFT', version: 2 });
    await submitKnowledgeItem(app, ngo.editor.token, id);
    const approved = await reviewKnowledgeItem(app, ngo.owner.token, id, 'APPROVE');
    expect(expectData(approved, 'reviewKnowledgeItem').status).toBe('PUBLISHED');

    // Public now, and found by a Dutch search on a word form that is not in it literally.
    const published = (await item(id)).data?.knowledgeItem;
    expect(published).toMatchObject({ status: 'PUBLISHED', organisation: { id: ngo.organisationId }, reviews: [], versions: [] });
    expect(published.shortAnswer).not.toContain('vluchtelingen');
    expect(published.quote).toBe(
      `“${published.shortAnswer}” — Stichting Nieuwe Buren (Source: Integratie van statushouders: de eerste jaren, Sociaal en Cultureel Planbureau, 2024, https://www.scp.nl/publicaties/integratie-statushouders)`,
    );
    const found = await app.gql(SEARCH, { f: { search: 'vluchtelingen' } });
    expect(found.data?.knowledgeItems.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);

    // The organisation sees the versions, who wrote them and what changed, and the reviews.
    const forMembers = (await item(id, ngo.viewer.token)).data?.knowledgeItem;
    expect(forMembers.versions).toEqual([
      {
        version: 2,
        question: 'Hoeveel mensen vragen asiel aan in Nederland?',
        changedFields: ['shortAnswer'],
        authorName: 'Eva Redacteur',
      },
      { version: 1, question: 'Hoeveel mensen vragen asiel aan in Nederland?', changedFields: [], authorName: 'Eva Redacteur' },
    ]);
    expect(forMembers.reviews).toEqual([
      { decision: 'REQUEST_CHANGES', comment: 'Noem ook de gezinshereniging.', version: 1, reviewerName: 'Olga Eigenaar' },
      { decision: 'APPROVE', comment: '', version: 2, reviewerName: 'Olga Eigenaar' },
    ]);
    const audit = await app.sql('SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY id', [id]);
    expect(audit.map((a) => a.action)).toEqual([
      'createKnowledgeItem',
      'submitKnowledgeItem',
      'reviewKnowledgeItem.requestChanges',
      'updateKnowledgeItem',
      'submitKnowledgeItem',
      'reviewKnowledgeItem.approve',
    ]);
  });

  it('takes a published item back to DRAFT when its text changes, and archives', async () => {
    const id = await createKnowledgeItem(app, ngo.editor.token, ngo.organisationId);
    await submitKnowledgeItem(app, ngo.editor.token, id);
    await reviewKnowledgeItem(app, ngo.owner.token, id, 'APPROVE');
    // The same text again changes nothing.
    const same = await app.gql(UPDATE, { id, input: knowledgeItemInput(ngo.organisationId) }, { token: ngo.owner.token });
    expect(expectData(same, 'updateKnowledgeItem')).toMatchObject({ status: 'PUBLISHED', version: 1 });
    const changed = await app.gql(
      UPDATE,
      { id, input: knowledgeItemInput(ngo.organisationId, { audiences: ['PUBLIC'] }) },
      { token: ngo.owner.token },
    );
    expect(expectData(changed, 'updateKnowledgeItem')).toMatchObject({ status: 'DRAFT', version: 2 });
    expect(errorOf(await item(id)).code).toBe('NOT_FOUND');
    // Now the owner is the last author: the editor may review it.
    await submitKnowledgeItem(app, ngo.owner.token, id);
    expect(errorOf(await reviewKnowledgeItem(app, ngo.owner.token, id, 'APPROVE')).code).toBe('FORBIDDEN');
    expect(expectData(await reviewKnowledgeItem(app, ngo.editor.token, id, 'APPROVE'), 'reviewKnowledgeItem').status).toBe('PUBLISHED');
    const archived = await app.gql('mutation ($id: ID!) { archiveKnowledgeItem(id: $id) { status } }', { id }, { token: ngo.editor.token });
    expect(expectData(archived, 'archiveKnowledgeItem').status).toBe('ARCHIVED');
    expect(errorOf(await item(id)).code).toBe('NOT_FOUND');
    expect(errorOf(await reviewKnowledgeItem(app, ngo.editor.token, id, 'APPROVE')).code).toBe('CONFLICT');
  });

  it('filters on theme and audience, and lists only what the viewer may see', async () => {
    const other = await organisationOwner(app, { name: 'Vluchtelingenwerk Oost' });
    const colleague = await signUp(app);
    await app.gql(
      'mutation ($o: ID!, $e: String!) { addMember(organisationId: $o, email: $e, role: EDITOR) { id } }',
      { o: other.organisationId, e: colleague.email },
      { token: other.token },
    );
    const publish = async (overrides: Record<string, unknown>) => {
      const id = await createKnowledgeItem(app, other.token, other.organisationId, overrides);
      await submitKnowledgeItem(app, other.token, id);
      await reviewKnowledgeItem(app, colleague.token, id, 'APPROVE');
      return id;
    };
    const trauma = await publish({
      themes: ['TRAUMA_CARE'],
      audiences: ['PROFESSIONALS'],
      question: 'Hoe vaak hebben nieuwkomers trauma?',
    });
    const media = await publish({
      themes: ['PUBLIC_PERCEPTION'],
      audiences: ['MEDIA'],
      question: 'Kosten nieuwkomers de samenleving geld?',
    });
    const draft = await createKnowledgeItem(app, other.token, other.organisationId, { themes: ['TRAUMA_CARE'] });
    const ids = async (filter: Record<string, unknown>, token?: string) =>
      (await app.gql(SEARCH, { f: { organisationId: other.organisationId, ...filter } }, { token })).data?.knowledgeItems.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await ids({ themes: ['TRAUMA_CARE'] })).toEqual([trauma]);
    expect(await ids({ audiences: ['MEDIA'] })).toEqual([media]);
    expect(await ids({ themes: ['TRAUMA_CARE'] }, other.token)).toEqual([draft, trauma]);
    expect(await ids({ statuses: ['DRAFT'] }, ngo.owner.token)).toEqual([]);
    // The review queue holds others' texts only.
    await submitKnowledgeItem(app, other.token, draft);
    const queue = async (token: string) =>
      (await app.gql('{ reviewQueue { edges { node { id } } } }', {}, { token })).data?.reviewQueue.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await queue(colleague.token)).toEqual([draft]);
    expect(await queue(other.token)).toEqual([]);
    expect(await queue(ngo.owner.token)).not.toContain(draft);
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  const CREATE = 'mutation ($input: KnowledgeItemInput!) { createKnowledgeItem(input: $input) { id } }';

  it.each([
    ['a 300-character short answer', { shortAnswer: 'a'.repeat(300) }, 'shortAnswer'],
    ['a source without a valid URL', { sources: [{ title: 'Een rapport', url: 'geen-adres' }] }, 'sources.0.url'],
    ['a javascript: source', { sources: [{ title: 'Een rapport', url: 'javascript:alert(1)' }] }, 'sources.0.url'],
    ['a script in the answer', { longAnswer: 'Zie hier <script>alert(1)</script>' }, 'longAnswer'],
    ['raw HTML in the answer', { longAnswer: 'Een <img src=x onerror="alert(1)"> plaatje' }, 'longAnswer'],
    ['an HTML comment in the answer', { longAnswer: 'Tekst <!-- verborgen -->' }, 'longAnswer'],
    ['HTML in the short answer', { shortAnswer: '<b>Ja</b>' }, 'shortAnswer'],
    ['the same source twice', { sources: [SOURCES[0], SOURCES[0]] }, 'sources.1.url'],
    ['no audience', { audiences: [] }, 'audiences'],
  ])('refuses %s', async (_, overrides, field) => {
    const before = await counts();
    const response = await app.gql(CREATE, { input: knowledgeItemInput(ngo.organisationId, overrides) }, { token: ngo.editor.token });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(response).fields)).toEqual([field]);
    expect(await counts()).toEqual(before);
  });

  it('accepts Markdown with autolinks and comparisons that only look like tags', async () => {
    const id = await createKnowledgeItem(app, ngo.editor.token, ngo.organisationId, {
      longAnswer: 'Zie <https://www.cbs.nl/> en mail <info@example.nl>; 3 < 5 en 7 > 2.',
    });
    const html = (await item(id, ngo.editor.token)).data?.knowledgeItem.longAnswerHtml;
    expect(html).toContain('<a href="https://www.cbs.nl/" rel="nofollow noopener noreferrer">https://www.cbs.nl/</a>');
    expect(html).toContain('3 &lt; 5 en 7 &gt; 2');
  });

  it('refuses review without a source, a review by a non-reviewer, and a co-author from elsewhere', async () => {
    const id = await createKnowledgeItem(app, ngo.editor.token, ngo.organisationId, { sources: [] });
    const outsider = await organisationOwner(app);
    const before = await counts();
    const submitted = await app.gql('mutation ($id: ID!) { submitKnowledgeItem(id: $id) { id } }', { id }, { token: ngo.editor.token });
    expect(errorOf(submitted)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { sources: expect.any(String) } });
    expect(errorOf(await app.gql(UPDATE, { id, input: knowledgeItemInput(ngo.organisationId) }, { token: outsider.token })).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await reviewKnowledgeItem(app, ngo.viewer.token, id, 'APPROVE')).code).toBe('FORBIDDEN');
    expect(errorOf(await reviewKnowledgeItem(app, ngo.owner.token, id, 'APPROVE')).code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });
});

describe('script and raw HTML never reach a page unescaped', () => {
  const EVIL =
    '# Kop\n\n<script>alert("xss")</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1)) en [ok](https://www.scp.nl/)';

  it('escapes a long answer that reached the database past the input rules, in the API and in the briefing export', async () => {
    const id = await createKnowledgeItem(app, ngo.editor.token, ngo.organisationId);
    await app.sql(`UPDATE knowledge_item SET long_answer = $2, status = 'PUBLISHED' WHERE id = $1`, [id, EVIL]);
    const html: string = (await item(id)).data?.knowledgeItem.longAnswerHtml;
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(html).toContain('<h1>Kop</h1>');
    expect(html).toContain('<a href="https://www.scp.nl/" rel="nofollow noopener noreferrer">ok</a>');

    const response = await fetch(`${app.url}/api/knowledge/collection.md?ids=${id}`, { headers: { 'accept-language': 'nl' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="kennisbank-briefing-\d{4}-\d{2}-\d{2}\.md"$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('GET /api/knowledge/collection.md', () => {
  it('exports the chosen items as Markdown in the order given, drafts only for their organisation', async () => {
    const first = await createKnowledgeItem(app, ngo.editor.token, ngo.organisationId, { question: 'Eerste vraag over werk?' });
    const second = await createKnowledgeItem(app, ngo.editor.token, ngo.organisationId, {
      question: 'Tweede vraag over [taal]?',
      themes: ['EDUCATION'],
    });
    for (const id of [first, second]) {
      await submitKnowledgeItem(app, ngo.editor.token, id);
      await reviewKnowledgeItem(app, ngo.owner.token, id, 'APPROVE');
    }
    const draft = await createKnowledgeItem(app, ngo.editor.token, ngo.organisationId);
    const get = (ids: string, token?: string) =>
      fetch(`${app.url}/api/knowledge/collection.md?ids=${ids}`, {
        headers: { 'accept-language': 'nl', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });

    const response = await get(`${second},${first}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^# Kennisbank — briefing\n/);
    expect(text.indexOf('## Tweede vraag over \\[taal\\]?')).toBeLessThan(text.indexOf('## Eerste vraag over werk?'));
    expect(text).toContain(
      '- [Integratie van statushouders: de eerste jaren](<https://www.scp.nl/publicaties/integratie-statushouders>) — Sociaal en Cultureel Planbureau, 2024',
    );
    expect(text).toContain("Thema's: onderwijs");

    expect((await get(`${first},${draft}`)).status).toBe(404);
    expect((await get(`${first},${draft}`, ngo.viewer.token)).status).toBe(200);
    const bad = await get('niet-een-id');
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { ids: expect.any(String) } });
  });
});

describe('personal data', () => {
  it('exports what a person wrote and reviewed; erasure keeps the texts without the account link', async () => {
    const author = await signUp(app, { name: 'Tijdelijke Schrijver' });
    await app.gql(
      'mutation ($o: ID!, $e: String!) { addMember(organisationId: $o, email: $e, role: EDITOR) { id } }',
      { o: ngo.organisationId, e: author.email },
      { token: ngo.owner.token },
    );
    const id = await createKnowledgeItem(app, author.token, ngo.organisationId, { question: 'Wat doet een taalcoach precies?' });
    await submitKnowledgeItem(app, author.token, id);
    await reviewKnowledgeItem(app, author.token, id, 'APPROVE'); // refused: their own text
    const exported = await app.gql('{ exportMyData }', {}, { token: author.token });
    expect(exported.data?.exportMyData.knowledgeVersions).toMatchObject([
      { itemId: id, version: 1, question: 'Wat doet een taalcoach precies?' },
    ]);
    expect(exported.data?.exportMyData.knowledgeReviews).toEqual([]);

    expectData(
      await app.gql('mutation ($p: String!) { deleteMyAccount(password: $p) }', { p: TEST_PASSWORD }, { token: author.token }),
      'deleteMyAccount',
    );
    const [row] = await app.sql('SELECT last_author_id FROM knowledge_item WHERE id = $1', [id]);
    expect(row?.last_author_id).toBeNull();
    const versions = (await item(id, ngo.owner.token)).data?.knowledgeItem.versions;
    expect(versions).toEqual([{ version: 1, question: 'Wat doet een taalcoach precies?', changedFields: [], authorName: null }]);
    // Its author can no longer act: a colleague may now approve it.
    expect(expectData(await reviewKnowledgeItem(app, ngo.owner.token, id, 'APPROVE'), 'reviewKnowledgeItem').status).toBe('PUBLISHED');
  });
});

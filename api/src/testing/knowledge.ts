import { expectData, type TestApp } from './test-app.js';

/** Knowledge-library factories for tests: through the API, as a client would, with sensible defaults. */

type Overrides = Record<string, unknown>;

export const SOURCES = [
  {
    title: 'Integratie van statushouders: de eerste jaren',
    url: 'https://www.scp.nl/publicaties/integratie-statushouders',
    publisher: 'Sociaal en Cultureel Planbureau',
    year: 2024,
  },
  { title: 'Asiel en integratie', url: 'https://www.cbs.nl/nl-nl/visualisaties/asiel-en-integratie', publisher: 'CBS', year: 2025 },
];

export function knowledgeItemInput(organisationId: string, overrides: Overrides = {}) {
  return {
    organisationId,
    question: 'Hoe snel vinden statushouders betaald werk?',
    shortAnswer: 'De meeste statushouders werken na vijf jaar nog niet voltijds; taal en erkenning van diploma’s maken het verschil.',
    longAnswer: 'Werk komt **langzaam** op gang.\n\n- taal eerst\n- dan werkervaring\n\nZie [het SCP](https://www.scp.nl/).',
    themes: ['LABOUR_MARKET'],
    audiences: ['MEDIA', 'POLITICS'],
    sources: SOURCES,
    ...overrides,
  };
}

export async function createKnowledgeItem(app: TestApp, token: string, organisationId: string, overrides: Overrides = {}): Promise<string> {
  const response = await app.gql(
    'mutation ($input: KnowledgeItemInput!) { createKnowledgeItem(input: $input) { id } }',
    { input: knowledgeItemInput(organisationId, overrides) },
    { token },
  );
  return expectData<{ id: string }>(response, 'createKnowledgeItem').id;
}

export async function submitKnowledgeItem(app: TestApp, token: string, id: string): Promise<void> {
  expectData(await app.gql('mutation ($id: ID!) { submitKnowledgeItem(id: $id) { id } }', { id }, { token }), 'submitKnowledgeItem');
}

export async function reviewKnowledgeItem(app: TestApp, token: string, id: string, decision: string, comment?: string) {
  return app.gql(
    'mutation ($id: ID!, $d: ReviewDecision!, $c: String) { reviewKnowledgeItem(id: $id, decision: $d, comment: $c) { id status } }',
    { id, d: decision, c: comment },
    { token },
  );
}

export function publicationInput(organisationId: string, overrides: Overrides = {}) {
  return {
    organisationId,
    kind: 'BILL_RESPONSE',
    title: 'Reactie op het wetsvoorstel spreidingswet',
    summary: 'Waarom gemeenten tijd en middelen nodig hebben om statushouders goed te ontvangen.',
    url: 'https://www.example.nl/publicaties/reactie-spreidingswet.pdf',
    publishedOn: '2026-02-12',
    themes: ['PUBLIC_PERCEPTION'],
    openForCoSigning: true,
    ...overrides,
  };
}

export async function createPublication(app: TestApp, token: string, organisationId: string, overrides: Overrides = {}): Promise<string> {
  const response = await app.gql(
    'mutation ($input: PublicationInput!) { createPublication(input: $input) { id } }',
    { input: publicationInput(organisationId, overrides) },
    { token },
  );
  return expectData<{ id: string }>(response, 'createPublication').id;
}

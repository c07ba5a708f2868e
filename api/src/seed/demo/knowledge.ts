import type { EntityManager } from 'typeorm';
import { DEMO_KNOWLEDGE, DEMO_PUBLICATIONS } from './knowledge-texts.js';

type Owner = (typeof DEMO_KNOWLEDGE)[number]['owner'];

export interface SeededKnowledge {
  knowledgeItems: number;
  publications: number;
  coSignatures: number;
}

/**
 * The demo knowledge library and publications, after the registry and the demo accounts: items of the
 * organisations the demo accounts belong to (the first of each kind, as in accounts.ts), written by the
 * NGO's editor and reviewed by its owner where those accounts exist (not in production), so that the
 * four-eyes review can be tried at once. Partners (other NGOs and migrant-led initiatives) co-sign some
 * publications. Oldest items first, a day apart.
 */
export async function seedKnowledge(tx: EntityManager): Promise<SeededKnowledge> {
  const owners = new Map<Owner, { id: string; website: string | null }>();
  for (const kind of ['NGO', 'KNOWLEDGE_INSTITUTE', 'INITIATIVE'] as const) {
    const [organisation] = await tx.query(
      'SELECT id, website FROM organisation WHERE kind = $1 ORDER BY migrant_led DESC, name, id LIMIT 1',
      [kind],
    );
    if (organisation) owners.set(kind, organisation);
  }
  if (!owners.size) return { knowledgeItems: 0, publications: 0, coSignatures: 0 };
  const accounts = new Map<string, string>(
    (await tx.query("SELECT email, id FROM account WHERE email IN ('ngo@koppel.demo', 'ngo-editor@koppel.demo')")).map(
      (a: { email: string; id: string }) => [a.email, a.id],
    ),
  );
  const author = accounts.get('ngo-editor@koppel.demo') ?? null;
  const reviewer = accounts.get('ngo@koppel.demo') ?? null;

  let knowledgeItems = 0;
  for (const [index, item] of DEMO_KNOWLEDGE.entries()) {
    const owner = owners.get(item.owner) ?? owners.values().next().value;
    if (!owner) continue;
    const daysAgo = DEMO_KNOWLEDGE.length - index;
    const [{ id }] = await tx.query(
      `INSERT INTO knowledge_item (organisation_id, question, short_answer, long_answer, status, themes, audiences, sources, last_author_id,
                                   submitted_at, published_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9,
               CASE WHEN $5 <> 'DRAFT' THEN now() - make_interval(days => $10::int) + interval '2 hours' END,
               CASE WHEN $5 = 'PUBLISHED' THEN now() - make_interval(days => $10::int) + interval '1 day' END,
               now() - make_interval(days => $10::int), now() - make_interval(days => $10::int))
       RETURNING id`,
      [
        owner.id,
        item.question,
        item.shortAnswer,
        item.longAnswer,
        item.status,
        item.themes,
        item.audiences,
        JSON.stringify(item.sources),
        author,
        daysAgo,
      ],
    );
    await tx.query(
      `INSERT INTO knowledge_item_version (item_id, version, question, short_answer, long_answer, themes, audiences, sources, author_id, created_at)
       SELECT id, 1, question, short_answer, long_answer, themes, audiences, sources, last_author_id, created_at FROM knowledge_item WHERE id = $1`,
      [id],
    );
    if (item.status === 'PUBLISHED') {
      await tx.query(
        `INSERT INTO knowledge_review (item_id, version, decision, reviewer_id, created_at)
         SELECT id, 1, 'APPROVE', $2, published_at FROM knowledge_item WHERE id = $1`,
        [id, reviewer],
      );
    }
    knowledgeItems++;
  }

  // Partners: other NGOs and migrant-led initiatives, by name.
  const partners: { id: string }[] = await tx.query(
    `SELECT id FROM organisation WHERE kind IN ('NGO', 'INITIATIVE') AND NOT (id = ANY($1::uuid[])) ORDER BY name, id LIMIT 12`,
    [[...owners.values()].map((o) => o.id)],
  );
  let publications = 0;
  let coSignatures = 0;
  for (const [index, publication] of DEMO_PUBLICATIONS.entries()) {
    const owner = owners.get(publication.owner) ?? owners.values().next().value;
    if (!owner) continue;
    const site = (owner.website ?? 'https://www.koppel.demo').replace(/\/$/, '');
    const [{ id }] = await tx.query(
      `INSERT INTO publication (organisation_id, kind, title, summary, url, published_on, themes, open_for_co_signing)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        owner.id,
        publication.kind,
        publication.title,
        publication.summary,
        `${site}/publicaties/${publication.slug}`,
        publication.publishedOn,
        publication.themes,
        publication.openForCoSigning,
      ],
    );
    publications++;
    for (let n = 0; n < publication.coSigners && partners.length; n++) {
      const partner = partners[(index * 2 + n) % partners.length];
      if (!partner) continue;
      await tx.query(
        `INSERT INTO publication_co_signer (publication_id, organisation_id, created_at)
         VALUES ($1, $2, $3::date + make_interval(days => $4::int)) ON CONFLICT DO NOTHING`,
        [id, partner.id, publication.publishedOn, n],
      );
      coSignatures++;
    }
  }
  return { knowledgeItems, publications, coSignatures };
}

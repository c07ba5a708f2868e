import { THEME_SLUGS } from '@koppel/reference-data';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { unauthenticated } from '../core/errors.js';
import { changedKeys } from '../core/input-rules.js';
import { decodeCursor, listConnection, pageSize, SqlParams, selectsPath, toConnection } from '../core/paging.js';
import { matches, relevance, searchQuery } from '../core/search.js';
import type { Viewer } from '../core/viewer.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Publication, PublicationConnection, PublicationCoSigner } from './publication.entity.js';
import {
  mayNotCoSign,
  mayNotPublish,
  notOpenForCoSigning,
  organisationCannotChange,
  ownPublication,
  publicationNotFound,
  unknownOrganisation,
} from './publication.errors.js';
import type { PublicationFilter, PublicationInput } from './publication.inputs.js';
import { mayCoSignFor, mayPublishFor } from './publication.policy.js';
import { NEWEST_PUBLISHED, publicationConditions } from './publication.query.js';

const EDITABLE_FIELDS = [
  'kind',
  'title',
  'summary',
  'url',
  'publishedOn',
  'themes',
  'openForCoSigning',
] as const satisfies readonly (keyof Publication)[];
type EditableValues = Pick<Publication, (typeof EDITABLE_FIELDS)[number]>;

export class PublicationService {
  constructor(private readonly ctx: Context) {}

  async get(id: string): Promise<Publication> {
    const publication = await this.ctx.loaders.publication.byId.load(id);
    if (!publication) throw publicationNotFound();
    return publication;
  }

  async list(
    filter: PublicationFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<PublicationConnection> {
    const params = new SqlParams();
    const where = publicationConditions(filter, params);
    const tsquery = searchQuery(filter?.search, params);
    if (tsquery) where.push(matches('p', tsquery));
    const join =
      info && (selectsPath(info, ['edges', 'node', 'organisation']) || selectsPath(info, ['edges', 'node', 'byline']))
        ? { entity: Organisation, alias: 'o', on: 'o.id = p.organisation_id' }
        : undefined;
    const { connection, page } = await listConnection(this.ctx.db, PublicationConnection, {
      entity: Publication,
      alias: 'p',
      where,
      params,
      order: tsquery ? relevance('p', tsquery) : NEWEST_PUBLISHED,
      join,
      first,
      after,
      locale: this.ctx.locale,
      info,
    });
    for (const publication of page.rows) this.ctx.loaders.publication.byId.prime(publication.id, publication);
    for (const organisation of (page.joined ?? []) as Organisation[])
      this.ctx.loaders.organisation.byId.prime(organisation.id, organisation);
    return connection;
  }

  /** `Organisation.publications`: what it published or co-signed, batched across a page of organisations. */
  async listOfOrganisation(
    organisationId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PublicationConnection> {
    const { locale, loaders } = this.ctx;
    const page = await loaders.publication.pageOfOrganisation.load({
      organisationId,
      first: pageSize(first, locale),
      after: decodeCursor(after, NEWEST_PUBLISHED, locale),
    });
    return toConnection(PublicationConnection, page, async () => page.total);
  }

  async create(input: PublicationInput): Promise<Publication> {
    const viewer = this.signedIn();
    const organisation = await this.ctx.loaders.organisation.byId.load(input.organisationId);
    if (!organisation) throw unknownOrganisation(this.ctx.locale);
    if (!mayPublishFor(viewer, organisation.id)) throw mayNotPublish();
    const values = valuesOf(input);
    const id = await this.ctx.db.transaction(async (tx) => {
      const created = await tx.save(tx.create(Publication, { ...values, organisationId: organisation.id }));
      await this.audit(tx, viewer, 'createPublication', created, organisation.id, [...EDITABLE_FIELDS]);
      return created.id;
    });
    return this.reload(id);
  }

  /** Replaces the fields; closing co-signing keeps the signatures already given. */
  async update(id: string, input: PublicationInput): Promise<Publication> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!mayPublishFor(viewer, current.organisationId)) throw mayNotPublish();
    if (input.organisationId !== current.organisationId) throw organisationCannotChange(this.ctx.locale);
    const values = valuesOf(input);
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      const changed = changedKeys<EditableValues>(before, values, EDITABLE_FIELDS);
      if (!changed.length) return;
      await tx.update(Publication, { id }, { ...values, updatedAt: () => 'now()' });
      await this.audit(tx, viewer, 'updatePublication', before, before.organisationId, changed);
    });
    return this.reload(id);
  }

  /**
   * A partner organisation signs a publication open for co-signing, in its own name; the viewer must be
   * its EDITOR or OWNER. Signing twice changes nothing.
   */
  async coSign(publicationId: string, organisationId: string): Promise<Publication> {
    const viewer = this.signedIn();
    const current = await this.get(publicationId);
    if (!mayCoSignFor(viewer, organisationId)) throw mayNotCoSign();
    if (organisationId === current.organisationId) throw ownPublication();
    await this.ctx.db.transaction(async (tx) => {
      // Locked, so that closing co-signing and a signature do not cross.
      const publication = await this.lock(tx, publicationId);
      const [signed] = await tx.query('SELECT 1 FROM publication_co_signer WHERE publication_id = $1 AND organisation_id = $2', [
        publicationId,
        organisationId,
      ]);
      if (signed) return;
      if (!publication.openForCoSigning) throw notOpenForCoSigning();
      await tx.insert(PublicationCoSigner, { publicationId, organisationId });
      await this.audit(tx, viewer, 'coSignPublication', publication, organisationId, ['coSigners']);
    });
    this.ctx.loaders.publication.coSignerIdsOf.clear(publicationId);
    return this.reload(publicationId);
  }

  /** The co-signing organisation takes its signature back. Not signed: nothing changes. */
  async withdrawCoSignature(publicationId: string, organisationId: string): Promise<Publication> {
    const viewer = this.signedIn();
    await this.get(publicationId);
    if (!mayCoSignFor(viewer, organisationId)) throw mayNotCoSign();
    await this.ctx.db.transaction(async (tx) => {
      const publication = await this.lock(tx, publicationId);
      const deleted = await tx.delete(PublicationCoSigner, { publicationId, organisationId });
      if (deleted.affected) await this.audit(tx, viewer, 'withdrawCoSignature', publication, organisationId, ['coSigners']);
    });
    this.ctx.loaders.publication.coSignerIdsOf.clear(publicationId);
    return this.reload(publicationId);
  }

  async coSigners(publication: Publication): Promise<Organisation[]> {
    const ids = await this.ctx.loaders.publication.coSignerIdsOf.load(publication.id);
    const organisations = await this.ctx.loaders.organisation.byId.loadMany(ids);
    return organisations.filter((o): o is Organisation => o instanceof Organisation);
  }

  private signedIn(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private async lock(tx: EntityManager, id: string): Promise<Publication> {
    const publication = await tx.findOne(Publication, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!publication) throw publicationNotFound();
    return publication;
  }

  private audit(
    tx: EntityManager,
    viewer: Viewer,
    action: string,
    publication: Publication,
    organisationId: string,
    changedFields: string[],
  ) {
    return recordAudit(
      tx,
      { viewer, requestId: this.ctx.requestId },
      { action, entity: 'Publication', entityId: publication.id, organisationId, changedFields },
    );
  }

  private async reload(id: string): Promise<Publication> {
    this.ctx.loaders.publication.byId.clear(id);
    return this.get(id);
  }
}

function valuesOf(input: PublicationInput): EditableValues {
  return {
    kind: input.kind,
    title: input.title.trim(),
    summary: input.summary?.trim() ?? '',
    url: input.url.trim(),
    publishedOn: input.publishedOn,
    themes: THEME_SLUGS.filter((slug) => input.themes.includes(slug)),
    openForCoSigning: input.openForCoSigning ?? false,
  };
}

/** "Stichting A, met B en C": who publishes, and who co-signs. */
export function bylineOf(publisher: string, coSigners: readonly string[], locale: 'nl' | 'en'): string {
  if (!coSigners.length) return publisher;
  const and = locale === 'nl' ? 'en' : 'and';
  const names = coSigners.length === 1 ? coSigners[0] : `${coSigners.slice(0, -1).join(', ')} ${and} ${coSigners.at(-1)}`;
  return `${publisher}, ${locale === 'nl' ? 'met' : 'with'} ${names}`;
}

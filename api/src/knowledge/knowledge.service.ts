import { THEME_SLUGS } from '@koppel/reference-data';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { unauthenticated } from '../core/errors.js';
import { changedKeys } from '../core/input-rules.js';
import { listConnection, newest, type Order, SqlParams, selectsPath } from '../core/paging.js';
import { matches, relevance, searchQuery } from '../core/search.js';
import type { Viewer } from '../core/viewer.js';
import { Organisation } from '../organisation/organisation.entity.js';
import {
  AUDIENCES,
  KnowledgeItem,
  KnowledgeItemConnection,
  KnowledgeReview,
  type KnowledgeSource,
  KnowledgeVersion,
  type ReviewDecision,
} from './knowledge.entity.js';
import {
  commentRequired,
  commentTooLong,
  knowledgeItemNotFound,
  mayNotReview,
  mayNotWriteKnowledge,
  needsSource,
  organisationCannotChange,
  ownText,
  unknownOrganisation,
  wrongStatus,
} from './knowledge.errors.js';
import type { KnowledgeFilter, KnowledgeItemInput } from './knowledge.inputs.js';
import {
  isLastAuthor,
  knowledgeScope,
  mayReviewKnowledgeOf,
  maySeeUnpublished,
  mayViewKnowledgeItem,
  mayWriteKnowledgeOf,
  reviewableOrganisations,
} from './knowledge.policy.js';
import { knowledgeConditions, reviewQueueConditions } from './knowledge.query.js';

/** The text of an item, in the input's words: what a version keeps and the audit log names. */
const TEXT_FIELDS = [
  'question',
  'shortAnswer',
  'longAnswer',
  'themes',
  'audiences',
  'sources',
] as const satisfies readonly (keyof KnowledgeItem)[];
type Text = Pick<KnowledgeItem, (typeof TEXT_FIELDS)[number]>;

/** The review queue: what waits longest first. */
const WAITING_LONGEST: Order = {
  name: 'submitted',
  keys: [
    { sql: 'k.submitted_at', direction: 'ASC', type: 'timestamptz' },
    { sql: 'k.id', direction: 'ASC', type: 'uuid' },
  ],
};

export class KnowledgeService {
  constructor(private readonly ctx: Context) {}

  /** An unpublished item of another organisation does not exist for the viewer: NOT_FOUND. */
  async get(id: string): Promise<KnowledgeItem> {
    const item = await this.ctx.loaders.knowledge.byId.load(id);
    if (!item || !mayViewKnowledgeItem(this.ctx.viewer, item)) throw knowledgeItemNotFound();
    return item;
  }

  list(
    filter: KnowledgeFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<KnowledgeItemConnection> {
    const params = new SqlParams();
    const where = knowledgeConditions(filter, knowledgeScope(this.ctx.viewer), params);
    const tsquery = searchQuery(filter?.search, params);
    if (tsquery) where.push(matches('k', tsquery));
    return this.page(where, params, tsquery ? relevance('k', tsquery) : newest('k'), first, after, info);
  }

  /** Texts in review the viewer may review (never their own), waiting longest first. */
  reviewQueue(
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<KnowledgeItemConnection> {
    const viewer = this.signedIn();
    const params = new SqlParams();
    const where = reviewQueueConditions(reviewableOrganisations(viewer), viewer.accountId, params);
    return this.page(where, params, WAITING_LONGEST, first, after, info);
  }

  private async page(
    where: string[],
    params: SqlParams,
    order: Order,
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<KnowledgeItemConnection> {
    // The owning organisation is on nearly every card (and in every quote): fetch it with the page.
    const join =
      info && (selectsPath(info, ['edges', 'node', 'organisation']) || selectsPath(info, ['edges', 'node', 'quote']))
        ? { entity: Organisation, alias: 'o', on: 'o.id = k.organisation_id' }
        : undefined;
    const { connection, page } = await listConnection(this.ctx.db, KnowledgeItemConnection, {
      entity: KnowledgeItem,
      alias: 'k',
      where,
      params,
      order,
      join,
      first,
      after,
      locale: this.ctx.locale,
      info,
    });
    for (const item of page.rows) this.ctx.loaders.knowledge.byId.prime(item.id, item);
    for (const organisation of (page.joined ?? []) as Organisation[])
      this.ctx.loaders.organisation.byId.prime(organisation.id, organisation);
    return connection;
  }

  /** A DRAFT of an organisation the viewer writes for; its first version. */
  async create(input: KnowledgeItemInput): Promise<KnowledgeItem> {
    const viewer = this.signedIn();
    const organisation = await this.ctx.loaders.organisation.byId.load(input.organisationId);
    if (!organisation) throw unknownOrganisation(this.ctx.locale);
    if (!mayWriteKnowledgeOf(viewer, organisation.id)) throw mayNotWriteKnowledge();
    const text = textOf(input);
    const id = await this.ctx.db.transaction(async (tx) => {
      const created = await tx.save(
        tx.create(KnowledgeItem, { ...text, organisationId: organisation.id, status: 'DRAFT', version: 1, lastAuthorId: viewer.accountId }),
      );
      await tx.insert(KnowledgeVersion, { itemId: created.id, version: 1, ...text, changedFields: [], authorId: viewer.accountId });
      await this.audit(
        tx,
        viewer,
        'createKnowledgeItem',
        created,
        TEXT_FIELDS.filter((key) => isSet(text[key])),
      );
      return created.id;
    });
    return this.reload(id);
  }

  /**
   * A new text: kept as the next version, with the viewer as its author (who may then not approve it).
   * A published or archived item goes back to DRAFT: every published text is reviewed. One in review
   * stays there, and keeps a source.
   */
  async update(id: string, input: KnowledgeItemInput): Promise<KnowledgeItem> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!mayWriteKnowledgeOf(viewer, current.organisationId)) throw mayNotWriteKnowledge();
    if (input.organisationId !== current.organisationId) throw organisationCannotChange(this.ctx.locale);
    const text = textOf(input);
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      const changed = changedKeys<Text>(comparable(before), comparable(text), TEXT_FIELDS);
      if (!changed.length) return;
      if (before.status === 'IN_REVIEW' && text.sources.length === 0) throw needsSource(this.ctx.locale);
      const status = before.status === 'IN_REVIEW' ? 'IN_REVIEW' : 'DRAFT';
      const version = before.version + 1;
      await tx.update(
        KnowledgeItem,
        { id },
        { ...text, status, version, lastAuthorId: viewer.accountId, archivedAt: null, updatedAt: () => 'now()' },
      );
      await tx.insert(KnowledgeVersion, { itemId: id, version, ...text, changedFields: changed, authorId: viewer.accountId });
      await this.audit(tx, viewer, 'updateKnowledgeItem', before, status === before.status ? changed : [...changed, 'status']);
    });
    return this.reload(id);
  }

  /** DRAFT → IN_REVIEW, with at least one source. Submitting what is in review already changes nothing. */
  async submit(id: string): Promise<KnowledgeItem> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!mayWriteKnowledgeOf(viewer, current.organisationId)) throw mayNotWriteKnowledge();
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      if (before.status === 'IN_REVIEW') return;
      if (before.status !== 'DRAFT')
        throw wrongStatus({ nl: 'ter beoordeling worden aangeboden', en: 'be submitted for review' }, before.status);
      if (before.sources.length === 0) throw needsSource(this.ctx.locale);
      await tx.update(KnowledgeItem, { id }, { status: 'IN_REVIEW', submittedAt: () => 'now()', updatedAt: () => 'now()' });
      await this.audit(tx, viewer, 'submitKnowledgeItem', before, ['status']);
    });
    return this.reload(id);
  }

  /**
   * A colleague's decision on a text in review: APPROVE publishes it, REQUEST_CHANGES sends it back
   * as a DRAFT with a comment. Never by the text's last author (four eyes).
   */
  async review(id: string, decision: ReviewDecision, comment: string | null | undefined): Promise<KnowledgeItem> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!mayReviewKnowledgeOf(viewer, current.organisationId)) throw mayNotReview();
    const note = comment?.trim() ?? '';
    if (note.length > 2000) throw commentTooLong(this.ctx.locale);
    if (decision === 'REQUEST_CHANGES' && !note) throw commentRequired(this.ctx.locale);
    await this.ctx.db.transaction(async (tx) => {
      // Locked, so that the text reviewed is the text published: an edit waits, or comes first and is seen here.
      const before = await this.lock(tx, id);
      if (isLastAuthor(viewer, before)) throw ownText();
      if (before.status !== 'IN_REVIEW') throw wrongStatus({ nl: 'beoordeeld worden', en: 'be reviewed' }, before.status);
      if (before.sources.length === 0) throw needsSource(this.ctx.locale);
      await tx.insert(KnowledgeReview, { itemId: id, version: before.version, decision, comment: note, reviewerId: viewer.accountId });
      if (decision === 'APPROVE') {
        await tx.update(KnowledgeItem, { id }, { status: 'PUBLISHED', publishedAt: () => 'now()', updatedAt: () => 'now()' });
        await this.audit(tx, viewer, 'reviewKnowledgeItem.approve', before, ['status', 'publishedAt']);
      } else {
        await tx.update(KnowledgeItem, { id }, { status: 'DRAFT', updatedAt: () => 'now()' });
        await this.audit(tx, viewer, 'reviewKnowledgeItem.requestChanges', before, ['status']);
      }
    });
    this.ctx.loaders.knowledge.reviewsOf.clear(id);
    return this.reload(id);
  }

  /** Any status → ARCHIVED: out of the public library, kept for the organisation. Archiving twice changes nothing. */
  async archive(id: string): Promise<KnowledgeItem> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!mayWriteKnowledgeOf(viewer, current.organisationId)) throw mayNotWriteKnowledge();
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      if (before.status === 'ARCHIVED') return;
      await tx.update(KnowledgeItem, { id }, { status: 'ARCHIVED', archivedAt: () => 'now()', updatedAt: () => 'now()' });
      await this.audit(tx, viewer, 'archiveKnowledgeItem', before, ['status', 'archivedAt']);
    });
    return this.reload(id);
  }

  /** Versions and reviews are the organisation's working notes: its members and admins see them, others get none. */
  async versions(item: KnowledgeItem): Promise<KnowledgeVersion[]> {
    if (!maySeeUnpublished(this.ctx.viewer, item.organisationId)) return [];
    return this.ctx.loaders.knowledge.versionsOf.load(item.id);
  }

  async reviews(item: KnowledgeItem): Promise<KnowledgeReview[]> {
    if (!maySeeUnpublished(this.ctx.viewer, item.organisationId)) return [];
    return this.ctx.loaders.knowledge.reviewsOf.load(item.id);
  }

  /** Whether the viewer may review the item now: it is in review, they review for its organisation, and it is not their text. */
  mayReview(item: KnowledgeItem): boolean {
    const viewer = this.ctx.viewer;
    return item.status === 'IN_REVIEW' && mayReviewKnowledgeOf(viewer, item.organisationId) && !isLastAuthor(viewer, item);
  }

  private signedIn(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private async lock(tx: EntityManager, id: string): Promise<KnowledgeItem> {
    const item = await tx.findOne(KnowledgeItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw knowledgeItemNotFound();
    return item;
  }

  private audit(tx: EntityManager, viewer: Viewer, action: string, item: KnowledgeItem, changedFields: string[]) {
    return recordAudit(
      tx,
      { viewer, requestId: this.ctx.requestId },
      { action, entity: 'KnowledgeItem', entityId: item.id, organisationId: item.organisationId, changedFields },
    );
  }

  private async reload(id: string): Promise<KnowledgeItem> {
    this.ctx.loaders.knowledge.byId.clear(id);
    this.ctx.loaders.knowledge.versionsOf.clear(id);
    return this.get(id);
  }
}

/** PostgreSQL keeps jsonb keys in an order of its own: sources compare by their values. */
const comparable = (text: Text): Text => ({
  ...text,
  sources: text.sources.map(({ title, url, publisher, year }) => ({ title, url, publisher: publisher ?? null, year: year ?? null })),
});

const isSet = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The stored text of an input: trimmed, themes and audiences in their fixed order, sources as given. */
function textOf(input: KnowledgeItemInput): Text {
  return {
    question: input.question.trim(),
    shortAnswer: input.shortAnswer.trim(),
    longAnswer: input.longAnswer?.trim() ?? '',
    themes: THEME_SLUGS.filter((slug) => input.themes.includes(slug)),
    audiences: AUDIENCES.filter((audience) => input.audiences.includes(audience)),
    sources: input.sources.map(
      (source): KnowledgeSource => ({
        title: source.title.trim(),
        url: source.url.trim(),
        publisher: source.publisher?.trim() || null,
        year: source.year ?? null,
      }),
    ),
  };
}

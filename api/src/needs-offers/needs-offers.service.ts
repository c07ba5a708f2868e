import type { Locale } from '@koppel/reference-data';
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { badUserInput, forbidden, notFound, unauthenticated } from '../core/errors.js';
import { changedKeys, given } from '../core/input-rules.js';
import { type ConnectionData, listConnection, newest, SqlParams } from '../core/paging.js';
import { matches, relevance, searchQuery } from '../core/search.js';
import type { Viewer } from '../core/viewer.js';
import { initiativeScope, mayViewInitiative } from '../initiative/initiative.policy.js';
import { unknownPlaces } from '../reference/places.js';
import { Need, NeedConnection, type NeedOrOffer, Offer, OfferConnection } from './needs-offers.entity.js';
import type { NeedFilter, NeedInput, OfferFilter, OfferInput } from './needs-offers.inputs.js';
import { mayCloseNeed, mayCloseOffer, mayCreateNeed, mayCreateOffer, mayEditNeed, mayEditOffer } from './needs-offers.policy.js';
import { needOfferConditions, visibleNeeds } from './needs-offers.query.js';

type EditableValues = Pick<NeedOrOffer, 'kind' | 'title' | 'description' | 'theme' | 'municipalityCode' | 'quantity' | 'amount'>;

const mayNotEdit = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van de organisatie mogen dit wijzigen.',
    en: "Only the organisation's editors and owners may change this.",
  });

const organisationField = (locale: Locale, nl: string, en: string) => badUserInput({ organisationId: locale === 'nl' ? nl : en });

/**
 * Needs and offers work the same way; each service is configured with its entity, loader, names and
 * policies (one per action).
 */
abstract class NeedOfferService<T extends Need | Offer, I extends NeedInput | OfferInput> {
  protected abstract readonly entity: new () => T;
  protected abstract readonly name: 'Need' | 'Offer';
  protected abstract readonly labels: { nl: string; en: string };
  protected abstract readonly policy: {
    create: (viewer: Viewer | null, organisationId: string) => boolean;
    edit: (viewer: Viewer | null, organisationId: string) => boolean;
    close: (viewer: Viewer | null, organisationId: string) => boolean;
  };

  constructor(protected readonly ctx: Context) {}

  protected abstract loader(): DataLoader<string, T | null>;

  /** Whether the viewer may see this row at all (needs of hidden initiatives are hidden too). */
  protected async visible(_row: T): Promise<boolean> {
    return true;
  }

  /** More checks and values for the input (a need's initiative). */
  protected async extraValues(_input: I, _organisationId: string): Promise<Partial<T>> {
    return {};
  }

  async get(id: string): Promise<T> {
    const row = await this.loader().load(id);
    if (!row || !(await this.visible(row))) throw notFound(this.labels);
    return row;
  }

  protected async page<C extends ConnectionData<T>>(
    ConnectionClass: new () => C,
    filter: (OfferFilter & Partial<NeedFilter>) | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    extraWhere: (params: SqlParams) => string | null,
    info?: GraphQLResolveInfo,
  ): Promise<C> {
    const params = new SqlParams();
    const alias = 'n';
    const where = needOfferConditions(filter, params, alias);
    const extra = extraWhere(params);
    if (extra) where.push(extra);
    const tsquery = searchQuery(filter?.search, params);
    if (tsquery) where.push(matches(alias, tsquery));
    const order = tsquery ? relevance(alias, tsquery) : newest(alias);
    const request = { entity: this.entity, alias, where, params, order, first, after, locale: this.ctx.locale, info };
    return (await listConnection(this.ctx.db, ConnectionClass, request)).connection;
  }

  async create(input: I): Promise<T> {
    const viewer = this.signedIn();
    const organisation = await this.ctx.loaders.organisation.byId.load(input.organisationId);
    if (!organisation) throw organisationField(this.ctx.locale, 'Deze organisatie bestaat niet.', 'This organisation does not exist.');
    if (!this.policy.create(viewer, organisation.id)) throw mayNotEdit();
    const values = { ...editableValues(input, null), ...(await this.extraValues(input, organisation.id)) };
    await this.assertPlaceExists(input);
    const id = await this.ctx.db.transaction(async (tx) => {
      const created = (await tx.save(tx.create(this.entity, { ...values, organisationId: organisation.id } as never))) as unknown as T;
      await this.audit(
        tx,
        viewer,
        `create${this.name}`,
        created,
        Object.keys(values).filter((k) => isSet((values as Record<string, unknown>)[k])),
      );
      return created.id;
    });
    return this.reload(id);
  }

  async update(id: string, input: I): Promise<T> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!this.policy.edit(viewer, current.organisationId)) throw mayNotEdit();
    if (input.organisationId !== current.organisationId) {
      throw organisationField(
        this.ctx.locale,
        'Dit kan niet naar een andere organisatie verhuizen.',
        'This cannot move to another organisation.',
      );
    }
    const extra = await this.extraValues(input, current.organisationId);
    await this.assertPlaceExists(input);
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      const values = { ...editableValues(input, before), ...extra };
      const changed = changedKeys(before, { ...before, ...values }, Object.keys(values) as (keyof T)[]);
      if (!changed.length) return;
      await tx.update(this.entity, { id } as never, { ...values, updatedAt: () => 'now()' } as never);
      await this.audit(tx, viewer, `update${this.name}`, before, changed);
    });
    return this.reload(id);
  }

  /** OPEN → CLOSED (met or withdrawn). Closing twice changes nothing. */
  async close(id: string): Promise<T> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!this.policy.close(viewer, current.organisationId)) throw mayNotEdit();
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      if (before.status === 'CLOSED') return;
      await tx.update(this.entity, { id } as never, { status: 'CLOSED', closedAt: () => 'now()', updatedAt: () => 'now()' } as never);
      await this.audit(tx, viewer, `close${this.name}`, before, ['status', 'closedAt']);
    });
    return this.reload(id);
  }

  private signedIn(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private async lock(tx: EntityManager, id: string): Promise<T> {
    const row = await tx.findOne(this.entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound(this.labels);
    return row;
  }

  private async assertPlaceExists(input: I): Promise<void> {
    const problems = await unknownPlaces(this.ctx, { municipalities: { municipalityCode: input.municipalityCode } });
    if (Object.keys(problems).length) throw badUserInput(problems);
  }

  private audit(tx: EntityManager, viewer: Viewer, action: string, row: T, changedFields: string[]) {
    return recordAudit(
      tx,
      { viewer, requestId: this.ctx.requestId },
      {
        action,
        entity: this.name,
        entityId: row.id,
        organisationId: row.organisationId,
        changedFields,
      },
    );
  }

  private async reload(id: string): Promise<T> {
    this.loader().clear(id);
    return this.get(id);
  }
}

export class NeedService extends NeedOfferService<Need, NeedInput> {
  protected readonly entity = Need;
  protected readonly name = 'Need' as const;
  protected readonly labels = { nl: 'Deze behoefte', en: 'This need' };
  protected readonly policy = { create: mayCreateNeed, edit: mayEditNeed, close: mayCloseNeed };

  protected loader() {
    return this.ctx.loaders.needsOffers.need;
  }

  protected override async visible(need: Need): Promise<boolean> {
    if (!need.initiativeId) return true;
    const initiative = await this.ctx.loaders.initiative.byId.load(need.initiativeId);
    return initiative !== null && mayViewInitiative(this.ctx.viewer, initiative);
  }

  /** A need may belong to one of the organisation's own initiatives. */
  protected override async extraValues(input: NeedInput, organisationId: string): Promise<Partial<Need>> {
    if (!given(input, 'initiativeId')) return {};
    if (!input.initiativeId) return { initiativeId: null };
    const initiative = await this.ctx.loaders.initiative.byId.load(input.initiativeId);
    if (!initiative || initiative.organisationId !== organisationId) {
      throw badUserInput({
        initiativeId:
          this.ctx.locale === 'nl'
            ? 'Dit initiatief hoort niet bij deze organisatie.'
            : 'This initiative does not belong to this organisation.',
      });
    }
    return { initiativeId: initiative.id };
  }

  async list(
    filter: NeedFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<NeedConnection> {
    const scope = initiativeScope(this.ctx.viewer);
    return this.page(NeedConnection, filter, first, after, (params) => visibleNeeds(scope, params), info);
  }
}

export class OfferService extends NeedOfferService<Offer, OfferInput> {
  protected readonly entity = Offer;
  protected readonly name = 'Offer' as const;
  protected readonly labels = { nl: 'Dit aanbod', en: 'This offer' };
  protected readonly policy = { create: mayCreateOffer, edit: mayEditOffer, close: mayCloseOffer };

  protected loader() {
    return this.ctx.loaders.needsOffers.offer;
  }

  async list(
    filter: OfferFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<OfferConnection> {
    return this.page(OfferConnection, filter, first, after, () => null, info);
  }
}

const isSet = (value: unknown) => value !== null && value !== undefined && value !== '';

function editableValues(input: NeedInput | OfferInput, current: NeedOrOffer | null): EditableValues {
  const pick = <K extends keyof EditableValues>(key: K, value: EditableValues[K], fallback: EditableValues[K]) =>
    given(input, key) ? value : current ? current[key] : fallback;
  const funding = input.kind === 'FUNDING';
  return {
    kind: input.kind,
    title: input.title.trim(),
    description: pick('description', input.description?.trim() ?? '', ''),
    theme: pick('theme', input.theme ?? null, null),
    municipalityCode: pick('municipalityCode', input.municipalityCode ?? null, null),
    // Money is an amount, everything else a quantity: a change of kind drops the other one.
    quantity: funding ? null : pick('quantity', input.quantity ?? null, null),
    amount: funding ? pick('amount', input.amount ?? null, null) : null,
  };
}

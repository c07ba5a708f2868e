import { TARGET_GROUP_LABELS, TARGET_GROUP_SLUGS, type TargetGroupSlug } from '@koppel/reference-data';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import { recordAudit, recordAudits } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { badUserInput, unauthenticated } from '../core/errors.js';
import { changedKeys, cleanText, given } from '../core/input-rules.js';
import { decodeCursor, listConnection, newest, pageSize, SqlParams, selectsPath, toConnection } from '../core/paging.js';
import { matches, relevance, searchQuery } from '../core/search.js';
import type { Viewer } from '../core/viewer.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { unknownPlaces } from '../reference/places.js';
import { Initiative, InitiativeConnection, type TargetGroupLabel } from './initiative.entity.js';
import {
  cannotPublish,
  incompleteForPublication,
  initiativeNotFound,
  mayNotDeleteInitiative,
  mayNotEditInitiative,
  organisationCannotChange,
  periodOrder,
  unknownOrganisation,
} from './initiative.errors.js';
import { INITIATIVE_INPUT_FIELDS, type InitiativeFilter, type InitiativeInput } from './initiative.inputs.js';
import { joinedOrganisations, NEWEST } from './initiative.loaders.js';
import {
  initiativeScope,
  mayCloseInitiative,
  mayCreateInitiative,
  mayDeleteInitiative,
  mayEditInitiative,
  mayPublishInitiative,
  mayViewInitiative,
} from './initiative.policy.js';
import { initiativeConditions } from './initiative.query.js';
import { missingForPublication } from './initiative.rules.js';

/** The fields an input sets, in the audit log's words. */
const EDITABLE_FIELDS = INITIATIVE_INPUT_FIELDS satisfies readonly (keyof Initiative)[];

type EditableValues = Pick<Initiative, (typeof EDITABLE_FIELDS)[number]>;

export class InitiativeService {
  constructor(private readonly ctx: Context) {}

  /** A draft or closed initiative of another organisation does not exist for the viewer: NOT_FOUND. */
  async get(id: string, withOrganisation = false): Promise<Initiative> {
    const { loaders } = this.ctx;
    const initiative = await (withOrganisation ? loaders.initiative.withOrganisation : loaders.initiative.byId).load(id);
    if (!initiative || !mayViewInitiative(this.ctx.viewer, initiative)) throw initiativeNotFound();
    if (withOrganisation) {
      loaders.initiative.byId.prime(initiative.id, initiative);
      const organisation = joinedOrganisations.get(initiative);
      if (organisation) loaders.organisation.byId.prime(organisation.id, organisation);
    }
    return initiative;
  }

  async list(
    filter: InitiativeFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<InitiativeConnection> {
    const { db, locale } = this.ctx;
    const params = new SqlParams();
    const where = initiativeConditions(filter, initiativeScope(this.ctx.viewer), params);
    const tsquery = searchQuery(filter?.search, params);
    if (tsquery) where.push(matches('i', tsquery));
    // Nearly every list shows who runs each initiative: fetch the organisations with the page.
    const join =
      info && selectsPath(info, ['edges', 'node', 'organisation'])
        ? { entity: Organisation, alias: 'o', on: 'o.id = i.organisation_id' }
        : undefined;
    const { connection, page } = await listConnection(db, InitiativeConnection, {
      entity: Initiative,
      alias: 'i',
      where,
      params,
      order: tsquery ? relevance('i', tsquery) : newest('i'),
      join,
      first,
      after,
      locale,
      info,
    });
    for (const initiative of page.rows) this.ctx.loaders.initiative.byId.prime(initiative.id, initiative);
    const joined = (page.joined ?? []) as Organisation[];
    joined.forEach((organisation, i) => {
      this.ctx.loaders.organisation.byId.prime(organisation.id, organisation);
      joinedOrganisations.set(page.rows[i] as Initiative, organisation);
    });
    return connection;
  }

  /** `Organisation.initiatives`: a page per organisation, batched across a page of organisations by the loader. */
  async listOfOrganisation(
    organisationId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<InitiativeConnection> {
    const { locale, loaders } = this.ctx;
    const page = await loaders.initiative.pageOfOrganisation.load({
      organisationId,
      first: pageSize(first, locale),
      after: decodeCursor(after, NEWEST, locale),
    });
    return toConnection(InitiativeConnection, page, async () => page.total);
  }

  /** Creates a DRAFT for an organisation the viewer edits. */
  async create(input: InitiativeInput): Promise<Initiative> {
    const viewer = this.signedIn();
    const organisation = await this.ctx.loaders.organisation.byId.load(input.organisationId);
    if (!organisation) throw unknownOrganisation(this.ctx.locale);
    if (!mayCreateInitiative(viewer, organisation.id)) throw mayNotEditInitiative();
    const values = editableValues(input, null);
    this.assertPeriod(values);
    await this.assertPlacesExist(input);
    const id = await this.ctx.db.transaction(async (tx) => {
      const created = await tx.save(tx.create(Initiative, { ...values, organisationId: organisation.id, status: 'DRAFT' }));
      await this.audit(
        tx,
        viewer,
        'createInitiative',
        created,
        EDITABLE_FIELDS.filter((key) => isSet(values[key])),
      );
      return created.id;
    });
    return this.reload(id);
  }

  /**
   * Creates many DRAFTs for one organisation at once (the CSV import), with inputs already checked by
   * `initiativeInputProblems`: one transaction, multi-row INSERTs of 1,000 rows, an audit entry per
   * initiative (also in batches). Returns the new ids in input order. The viewer must be allowed to create
   * initiatives for the organisation (as `createInitiative`).
   */
  async importDrafts(organisationId: string, inputs: readonly InitiativeInput[]): Promise<string[]> {
    const viewer = this.signedIn();
    if (!mayCreateInitiative(viewer, organisationId)) throw mayNotEditInitiative();
    if (!inputs.length) return [];
    return this.ctx.db.transaction(async (tx) => {
      const ids: string[] = [];
      for (let start = 0; start < inputs.length; start += 1000) {
        const rows = inputs.slice(start, start + 1000).map((input) => {
          const v = editableValues(input, null);
          return {
            title: v.title,
            summary: v.summary,
            description: v.description,
            themes: v.themes,
            municipality_codes: v.municipalityCodes,
            national: v.national,
            target_groups: v.targetGroups,
            budget_requested: v.budgetRequested,
            co_funding_secured: v.coFundingSecured,
            starts_on: v.startsOn,
            ends_on: v.endsOn,
          };
        });
        const inserted: { id: string }[] = await tx.query(
          `INSERT INTO initiative (organisation_id, status, title, summary, description, themes, municipality_codes, national, target_groups,
                                   budget_requested, co_funding_secured, starts_on, ends_on)
           SELECT $1::uuid, 'DRAFT', r.title, r.summary, r.description, r.themes, r.municipality_codes, r.national, r.target_groups,
                  r.budget_requested, r.co_funding_secured, r.starts_on, r.ends_on
             FROM jsonb_to_recordset($2::jsonb) AS r(title text, summary text, description text, themes text[],
                  municipality_codes text[], national boolean, target_groups text[], budget_requested int, co_funding_secured int,
                  starts_on date, ends_on date)
           RETURNING id`,
          [organisationId, JSON.stringify(rows)],
        );
        ids.push(...inserted.map((row) => row.id));
      }
      await recordAudits(
        tx,
        { viewer, requestId: this.ctx.requestId },
        ids.map((id, index) => ({
          action: 'importInitiative',
          entity: 'Initiative',
          entityId: id,
          organisationId,
          changedFields: EDITABLE_FIELDS.filter((key) => isSet(editableValues(inputs[index] as InitiativeInput, null)[key])),
        })),
      );
      return ids;
    });
  }

  /** Changes an initiative; a published one must keep what a fund needs. */
  async update(id: string, input: InitiativeInput): Promise<Initiative> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!mayEditInitiative(viewer, current)) throw mayNotEditInitiative();
    if (input.organisationId !== current.organisationId) throw organisationCannotChange(this.ctx.locale);
    await this.assertPlacesExist(input);
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      const values = editableValues(input, before);
      const after = { ...before, ...values };
      this.assertPeriod(after);
      if (after.status !== 'DRAFT' && after.status !== 'CLOSED') {
        const missing = missingForPublication(after);
        if (missing.length) throw incompleteForPublication(missing, this.ctx.locale);
      }
      const changed = changedKeys(before, after, EDITABLE_FIELDS);
      if (!changed.length) return;
      await tx.update(Initiative, { id }, { ...values, updatedAt: () => 'now()' });
      await this.audit(tx, viewer, 'updateInitiative', before, changed);
    });
    return this.reload(id);
  }

  /** DRAFT → PUBLISHED, once what a fund needs is filled in. Publishing a published initiative changes nothing. */
  async publish(id: string): Promise<Initiative> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!mayPublishInitiative(viewer, current)) throw mayNotEditInitiative();
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      if (before.status === 'PUBLISHED') return;
      if (before.status !== 'DRAFT') throw cannotPublish(before.status);
      const missing = missingForPublication(before);
      if (missing.length) throw incompleteForPublication(missing, this.ctx.locale);
      await tx.update(Initiative, { id }, { status: 'PUBLISHED', publishedAt: () => 'now()', updatedAt: () => 'now()' });
      await this.audit(tx, viewer, 'publishInitiative', before, ['status', 'publishedAt']);
    });
    return this.reload(id);
  }

  /** Any status → CLOSED: ended or withdrawn; only members see it afterwards. Closing twice changes nothing. */
  async close(id: string): Promise<Initiative> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!mayCloseInitiative(viewer, current)) throw mayNotEditInitiative();
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      if (before.status === 'CLOSED') return;
      await tx.update(Initiative, { id }, { status: 'CLOSED', closedAt: () => 'now()', updatedAt: () => 'now()' });
      await this.audit(tx, viewer, 'closeInitiative', before, ['status', 'closedAt']);
    });
    return this.reload(id);
  }

  /** Removes an initiative with its needs. OWNERs and admins only; editors close instead. */
  async delete(id: string): Promise<boolean> {
    const viewer = this.signedIn();
    const current = await this.get(id);
    if (!mayDeleteInitiative(viewer, current)) throw mayNotDeleteInitiative();
    await this.ctx.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      await tx.delete(Initiative, { id });
      await this.audit(tx, viewer, 'deleteInitiative', before, []);
    });
    this.ctx.loaders.initiative.byId.clear(id);
    return true;
  }

  private signedIn(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private async lock(tx: EntityManager, id: string): Promise<Initiative> {
    const initiative = await tx.findOne(Initiative, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!initiative) throw initiativeNotFound();
    return initiative;
  }

  private assertPeriod(values: Pick<Initiative, 'startsOn' | 'endsOn'>): void {
    if (values.startsOn && values.endsOn && values.startsOn > values.endsOn) throw periodOrder(this.ctx.locale);
  }

  private async assertPlacesExist(input: InitiativeInput): Promise<void> {
    const problems = await unknownPlaces(this.ctx, { municipalities: { municipalityCodes: input.municipalityCodes } });
    if (Object.keys(problems).length) throw badUserInput(problems);
  }

  private audit(tx: EntityManager, viewer: Viewer, action: string, initiative: Initiative, changedFields: string[]) {
    return recordAudit(
      tx,
      { viewer, requestId: this.ctx.requestId },
      {
        action,
        entity: 'Initiative',
        entityId: initiative.id,
        organisationId: initiative.organisationId,
        changedFields,
      },
    );
  }

  private async reload(id: string): Promise<Initiative> {
    this.ctx.loaders.initiative.byId.clear(id);
    return this.get(id);
  }
}

const isSet = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The stored values an input sets; optional fields left out keep the current value (on update). */
function editableValues(input: InitiativeInput, current: Initiative | null): EditableValues {
  const pick = <K extends keyof EditableValues>(key: K & keyof InitiativeInput, value: EditableValues[K], fallback: EditableValues[K]) =>
    given(input, key) ? value : current ? current[key] : fallback;
  return {
    title: input.title.trim(),
    themes: [...input.themes],
    summary: pick('summary', input.summary?.trim() ?? '', ''),
    description: pick('description', input.description?.trim() ?? '', ''),
    municipalityCodes: pick('municipalityCodes', [...(input.municipalityCodes ?? [])], []),
    national: pick('national', input.national ?? false, false),
    targetGroups: pick('targetGroups', sortedTargetGroups(input.targetGroups ?? []), []),
    budgetRequested: pick('budgetRequested', input.budgetRequested ?? null, null),
    coFundingSecured: pick('coFundingSecured', input.coFundingSecured ?? 0, 0),
    startsOn: pick('startsOn', cleanText(input.startsOn), null),
    endsOn: pick('endsOn', cleanText(input.endsOn), null),
  };
}

const sortedTargetGroups = (groups: readonly TargetGroupSlug[]) =>
  [...groups].sort((a, b) => TARGET_GROUP_SLUGS.indexOf(a) - TARGET_GROUP_SLUGS.indexOf(b));

/** Target groups with their names in the request's language, in the fixed order. */
export function targetGroupLabels(slugs: readonly TargetGroupSlug[], locale: 'nl' | 'en'): TargetGroupLabel[] {
  return sortedTargetGroups(slugs).map((slug) => ({ slug, name: TARGET_GROUP_LABELS[slug][locale] }));
}

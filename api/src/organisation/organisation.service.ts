import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { badUserInput, unauthenticated } from '../core/errors.js';
import { changedKeys, cleanText, given } from '../core/input-rules.js';
import { listConnection, newest, SqlParams } from '../core/paging.js';
import { matches, relevance, searchQuery } from '../core/search.js';
import type { Viewer } from '../core/viewer.js';
import { Membership } from '../membership/membership.entity.js';
import { municipalitiesInProvinces, provincesOfMunicipalities, unknownPlaces } from '../reference/places.js';
import { Organisation, OrganisationConnection } from './organisation.entity.js';
import { mayNotEditOrganisation, organisationNotFound } from './organisation.errors.js';
import type { OrganisationFilter, OrganisationInput } from './organisation.inputs.js';
import { mayChangeOrganisationKind, mayCreateOrganisation, mayEditOrganisation, maySeeContactDetails } from './organisation.policy.js';

/** The profile fields an input sets, in the audit log's words. */
const PROFILE_FIELDS = [
  'name',
  'kind',
  'description',
  'website',
  'contactEmail',
  'contactPhone',
  'municipalityCode',
  'themes',
  'municipalityCodes',
  'provinceCodes',
  'national',
  'logoUrl',
  'kvkNumber',
  'rsin',
  'anbi',
  'migrantLed',
] as const satisfies readonly (keyof Organisation)[];

export class OrganisationService {
  constructor(private readonly ctx: Context) {}

  /** Organisations are public; an unknown id is NOT_FOUND. */
  async get(id: string): Promise<Organisation> {
    const organisation = await this.ctx.loaders.organisation.byId.load(id);
    if (!organisation) throw organisationNotFound();
    return organisation;
  }

  async list(
    filter: OrganisationFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<OrganisationConnection> {
    const { db, locale } = this.ctx;
    const params = new SqlParams();
    const where = organisationConditions(filter, params);
    const tsquery = searchQuery(filter?.search, params);
    if (tsquery) {
      // Names are searched as typed too (a part of a name, with or without accents), beside the Dutch full text.
      const part = params.add(filter?.search?.trim().replace(/[\\%_]/g, (c) => `\\${c}`));
      where.push(`(${matches('o', tsquery)} OR koppel_fold(o.name) LIKE '%' || koppel_fold(${part}) || '%' ESCAPE '\\')`);
    }
    const { connection, page } = await listConnection(db, OrganisationConnection, {
      entity: Organisation,
      alias: 'o',
      where,
      params,
      order: tsquery ? relevance('o', tsquery) : newest('o'),
      first,
      after,
      locale,
      info,
    });
    for (const organisation of page.rows) this.ctx.loaders.organisation.byId.prime(organisation.id, organisation);
    return connection;
  }

  /** Registers an organisation; the creator becomes its OWNER in the same transaction. */
  async create(input: OrganisationInput): Promise<Organisation> {
    const { viewer } = this.ctx;
    if (!mayCreateOrganisation(viewer)) throw unauthenticated();
    const values = profileValues(input, null);
    await this.assertPlacesExist(input);
    const organisation = await this.ctx.db.transaction(async (tx) => {
      const created = await tx.save(tx.create(Organisation, values));
      await tx.insert(Membership, { organisationId: created.id, accountId: viewer.accountId, role: 'OWNER' });
      await recordAudit(
        tx,
        { viewer, requestId: this.ctx.requestId },
        {
          action: 'createOrganisation',
          entity: 'Organisation',
          entityId: created.id,
          organisationId: created.id,
          changedFields: PROFILE_FIELDS.filter((key) => values[key] !== null && values[key] !== undefined),
        },
      );
      return created;
    });
    return this.reload(organisation.id);
  }

  /** Changes the profile: EDITORs and OWNERs of the organisation, and alliance admins. */
  async update(id: string, input: OrganisationInput): Promise<Organisation> {
    const { viewer } = this.ctx;
    if (!viewer) throw unauthenticated();
    const current = await this.get(id);
    if (!mayEditOrganisation(viewer, current.id)) throw mayNotEditOrganisation();
    if (input.kind !== current.kind && !mayChangeOrganisationKind(viewer)) {
      throw badUserInput({
        kind:
          this.ctx.locale === 'nl'
            ? 'Alleen een beheerder van de alliantie kan de soort wijzigen.'
            : 'Only an alliance admin can change the kind.',
      });
    }
    await this.assertPlacesExist(input);
    await this.ctx.db.transaction(async (tx) => {
      const before = await tx.findOne(Organisation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw organisationNotFound();
      const values = profileValues(input, before);
      const changed = changedKeys(before, { ...before, ...values }, PROFILE_FIELDS);
      if (!changed.length) return;
      await tx.update(Organisation, { id }, { ...values, updatedAt: () => 'now()' });
      await recordAudit(
        tx,
        { viewer, requestId: this.ctx.requestId },
        {
          action: 'updateOrganisation',
          entity: 'Organisation',
          entityId: id,
          organisationId: id,
          changedFields: changed,
        },
      );
    });
    return this.reload(id);
  }

  private async assertPlacesExist(input: OrganisationInput): Promise<void> {
    const problems = await unknownPlaces(this.ctx, {
      municipalities: { municipalityCode: input.municipalityCode, activeMunicipalityCodes: input.activeMunicipalityCodes },
      provinces: { activeProvinceCodes: input.activeProvinceCodes },
    });
    if (Object.keys(problems).length) throw badUserInput(problems);
  }

  private async reload(id: string): Promise<Organisation> {
    this.ctx.loaders.organisation.byId.clear(id);
    return this.get(id);
  }
}

type ProfileValues = Pick<Organisation, (typeof PROFILE_FIELDS)[number]>;

/** The stored values an input sets; optional fields left out keep the current value (on update). */
function profileValues(input: OrganisationInput, current: Organisation | null): ProfileValues {
  const keep = <K extends keyof ProfileValues>(
    key: K,
    value: ProfileValues[K],
    inputKey: keyof OrganisationInput,
    fallback: ProfileValues[K],
  ) => (given(input, inputKey) ? value : current ? current[key] : fallback);
  return {
    name: input.name.trim(),
    kind: input.kind,
    themes: [...input.themes],
    description: keep('description', input.description?.trim() ?? '', 'description', ''),
    website: keep('website', cleanText(input.website), 'website', null),
    contactEmail: keep('contactEmail', cleanText(input.contactEmail), 'contactEmail', null),
    contactPhone: keep('contactPhone', cleanText(input.contactPhone), 'contactPhone', null),
    municipalityCode: keep('municipalityCode', input.municipalityCode ?? null, 'municipalityCode', null),
    municipalityCodes: keep('municipalityCodes', [...(input.activeMunicipalityCodes ?? [])], 'activeMunicipalityCodes', []),
    provinceCodes: keep('provinceCodes', [...(input.activeProvinceCodes ?? [])], 'activeProvinceCodes', []),
    national: keep('national', input.national ?? false, 'national', false),
    logoUrl: keep('logoUrl', cleanText(input.logoUrl), 'logoUrl', null),
    kvkNumber: keep('kvkNumber', cleanText(input.kvkNumber), 'kvkNumber', null),
    rsin: keep('rsin', cleanText(input.rsin), 'rsin', null),
    anbi: keep('anbi', input.anbi ?? false, 'anbi', false),
    migrantLed: keep('migrantLed', input.migrantLed ?? false, 'migrantLed', false),
  };
}

/**
 * SQL conditions (ANDed) for an organisation filter on alias `o`. National organisations match every
 * place filter unless `includeNational: false`.
 */
export function organisationConditions(filter: OrganisationFilter | null | undefined, params: SqlParams): string[] {
  const where: string[] = [];
  if (!filter) return where;
  const national = filter.includeNational === false ? '' : 'o.national OR ';
  if (filter.kinds?.length) where.push(`o.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter.themes?.length) where.push(`o.themes && ${params.add(filter.themes)}::text[]`);
  if (filter.migrantLed !== null && filter.migrantLed !== undefined) where.push(`o.migrant_led = ${params.add(filter.migrantLed)}`);
  if (filter.municipalityCodes?.length) {
    const m = params.add(filter.municipalityCodes);
    where.push(
      `(${national}o.municipality_code = ANY(${m}::text[]) OR o.municipality_codes && ${m}::text[] OR o.province_codes && ${provincesOfMunicipalities(m)})`,
    );
  }
  if (filter.provinceCodes?.length) {
    const p = params.add(filter.provinceCodes);
    where.push(
      `(${national}o.province_codes && ${p}::text[] OR o.municipality_code = ANY(${municipalitiesInProvinces(p)}) OR o.municipality_codes && ${municipalitiesInProvinces(p)})`,
    );
  }
  return where;
}

/** One organisation as the CSV export writes it (`contactEmail` only for signed-in viewers, as in the API). */
export interface OrganisationExportRow {
  id: string;
  name: string;
  kind: string;
  description: string;
  website: string | null;
  contactEmail: string | null;
  municipalityCode: string | null;
  kvkNumber: string | null;
  anbi: boolean;
  migrantLed: boolean;
  themes: string[];
  municipalityCodes: string[];
  provinceCodes: string[];
  national: boolean;
  position: string;
}

/**
 * A batch of organisations by the `organisations` list's filter (`organisationConditions`; search as Dutch
 * full text and on the name), oldest first after `after` (the last row's `position`): for the CSV export.
 */
export async function organisationsForExport(
  db: Pick<EntityManager, 'query'>,
  viewer: Viewer | null,
  filter: OrganisationFilter | null | undefined,
  after: string | null,
  limit: number,
): Promise<OrganisationExportRow[]> {
  const params = new SqlParams();
  const where = organisationConditions(filter, params);
  const tsquery = searchQuery(filter?.search, params);
  if (tsquery) {
    const part = params.add(filter?.search?.trim().replace(/[\\%_]/g, (c) => `\\${c}`));
    where.push(`(${matches('o', tsquery)} OR koppel_fold(o.name) LIKE '%' || koppel_fold(${part}) || '%' ESCAPE '\\')`);
  }
  if (after) {
    const [createdAt, id] = after.split('|');
    where.push(`(o.created_at, o.id) > (${params.add(createdAt)}::timestamptz, ${params.add(id)}::uuid)`);
  }
  const contact = maySeeContactDetails(viewer) ? 'o.contact_email' : 'NULL::text';
  return db.query(
    `SELECT o.id, o.name, o.kind, o.description, o.website, ${contact} AS "contactEmail", o.municipality_code AS "municipalityCode",
            o.kvk_number AS "kvkNumber", o.anbi, o.migrant_led AS "migrantLed", o.themes, o.municipality_codes AS "municipalityCodes",
            o.province_codes AS "provinceCodes", o.national,
            to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || o.id AS position
       FROM organisation o
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY o.created_at, o.id
      LIMIT ${params.add(limit)}::int`,
    params.values,
  );
}

import type { EntityManager } from 'typeorm';
import type { SqlParams } from '../core/paging.js';
import { municipalitiesInProvinces, provincesOfMunicipalities } from '../reference/places.js';
import type { CallFilter } from './call.inputs.js';

/** SQL: the status a call (alias `c`) has now: an OPEN call past its deadline is CLOSED. */
export const CURRENT_STATUS = `(CASE WHEN c.status = 'OPEN' AND c.deadline <= now() THEN 'CLOSED' ELSE c.status END)`;

/** Which calls the viewer may list: opened ones, drafts of funds they belong to, everything for admins. */
export type CallScope = { all: true } | { all: false; memberOf: string[] };

/** SQL conditions (ANDed) for a list of calls on alias `c`: what the viewer may see, then the filter. */
export function callConditions(filter: CallFilter | null | undefined, scope: CallScope, params: SqlParams): string[] {
  const where: string[] = [];
  if (!scope.all) {
    where.push(
      scope.memberOf.length
        ? `(c.status <> 'DRAFT' OR EXISTS (SELECT 1 FROM call_funder vf WHERE vf.call_id = c.id AND vf.fund_id = ANY(${params.add(scope.memberOf)}::uuid[])))`
        : `c.status <> 'DRAFT'`,
    );
  }
  if (!filter) return where;
  if (filter.statuses?.length) where.push(`${CURRENT_STATUS} = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter.themes?.length) where.push(`c.themes && ${params.add(filter.themes)}::text[]`);
  if (filter.fundId)
    where.push(`EXISTS (SELECT 1 FROM call_funder ff WHERE ff.call_id = c.id AND ff.fund_id = ${params.add(filter.fundId)}::uuid)`);
  if (filter.municipalityCodes?.length) {
    const codes = params.add(filter.municipalityCodes);
    where.push(`(c.national OR c.municipality_codes && ${codes}::text[] OR c.province_codes && ${provincesOfMunicipalities(codes)})`);
  }
  if (filter.provinceCodes?.length) {
    const codes = params.add(filter.provinceCodes);
    where.push(`(c.national OR c.province_codes && ${codes}::text[] OR c.municipality_codes && ${municipalitiesInProvinces(codes)})`);
  }
  return where;
}

/** An open call as matching needs it (`matchCalls`): with its budget and places left, and its last day in Amsterdam. */
export interface OpenCallForMatching {
  id: string;
  title: string;
  description: string;
  themes: string[];
  municipalityCodes: string[];
  provinceCodes: string[];
  national: boolean;
  minGrant: number;
  maxGrant: number;
  budgetLeft: number;
  placesLeft: number;
  /** ISO day (Europe/Amsterdam) of the deadline. */
  deadlineDay: string;
  /** Today in Amsterdam, by the database's clock. */
  today: string;
}

/** Every call that takes applications now (OPEN, before its deadline, from its opening day on); calls are few. */
export async function openCallsForMatching(db: Pick<EntityManager, 'query'>): Promise<OpenCallForMatching[]> {
  return db.query(
    `SELECT c.id, c.title, c.description, c.themes, c.municipality_codes AS "municipalityCodes", c.province_codes AS "provinceCodes", c.national,
            c.min_grant AS "minGrant", c.max_grant AS "maxGrant",
            (SELECT coalesce(sum(f.amount), 0) FROM call_funder f WHERE f.call_id = c.id)::int
              - (SELECT coalesce(sum(a.amount_awarded), 0) FROM call_application a WHERE a.call_id = c.id AND a.status = 'AWARDED')::int AS "budgetLeft",
            c.places - (SELECT count(*) FROM call_application a WHERE a.call_id = c.id AND a.status = 'AWARDED')::int AS "placesLeft",
            ((c.deadline - interval '1 millisecond') AT TIME ZONE 'Europe/Amsterdam')::date::text AS "deadlineDay",
            (now() AT TIME ZONE 'Europe/Amsterdam')::date::text AS today
       FROM call c
      WHERE ${CURRENT_STATUS} = 'OPEN' AND c.opens_on <= (now() AT TIME ZONE 'Europe/Amsterdam')::date
      ORDER BY c.created_at DESC, c.id`,
  );
}

/** Locks a call for the rest of the transaction and reads it with the database's clock (one clock for every API process). */
export async function lockCall(
  tx: EntityManager,
  callId: string,
  mode: 'UPDATE' | 'SHARE',
): Promise<{
  id: string;
  title: string;
  status: string;
  deadline: Date;
  opensOn: string;
  minGrant: number;
  maxGrant: number;
  places: number;
  questions: string[];
  today: string;
  now: Date;
} | null> {
  const [row] = await tx.query(
    `SELECT id, title, status, deadline, opens_on::text AS "opensOn", min_grant AS "minGrant", max_grant AS "maxGrant", places, questions,
            (now() AT TIME ZONE 'Europe/Amsterdam')::date::text AS today, now() AS now
       FROM call WHERE id = $1 FOR ${mode}`,
    [callId],
  );
  return row ?? null;
}

/** How many applications of a call are awarded, and for how much: counted under the call's lock. */
export async function awardedSoFar(
  tx: Pick<EntityManager, 'query'>,
  callId: string,
): Promise<{ count: number; amount: number; ids: string[] }> {
  const [row] = await tx.query(
    `SELECT count(*)::int AS count, coalesce(sum(amount_awarded), 0)::int AS amount, coalesce(array_agg(id), '{}') AS ids
       FROM call_application WHERE call_id = $1 AND status = 'AWARDED'`,
    [callId],
  );
  return row;
}

/**
 * Awarded grants for open grants data (the 360Giving package of the import/export issue): one row per
 * award, with its funders' parts, the recipient and where the initiative runs. Awards are public once made.
 */
export interface AwardedGrant {
  applicationId: string;
  callId: string;
  callTitle: string;
  amountAwarded: number;
  awardedAt: Date;
  recipientOrganisationId: string;
  initiativeId: string;
  initiativeTitle: string;
  initiativeSummary: string;
  municipalityCodes: string[];
  national: boolean;
  startsOn: string | null;
  endsOn: string | null;
  funders: { fundId: string; amount: number }[];
}

export async function awardedGrants(db: Pick<EntityManager, 'query'>, options: { since?: Date } = {}): Promise<AwardedGrant[]> {
  return db.query(
    `SELECT a.id AS "applicationId", c.id AS "callId", c.title AS "callTitle", a.amount_awarded AS "amountAwarded",
            a.decided_at AS "awardedAt", a.organisation_id AS "recipientOrganisationId", i.id AS "initiativeId",
            i.title AS "initiativeTitle", i.summary AS "initiativeSummary", i.municipality_codes AS "municipalityCodes",
            i.national, i.starts_on::text AS "startsOn", i.ends_on::text AS "endsOn",
            coalesce((SELECT json_agg(json_build_object('fundId', m.organisation_id, 'amount', m.amount) ORDER BY m.organisation_id)
                        FROM commitment m WHERE m.application_id = a.id AND m.kind = 'FUNDING'), '[]'::json) AS funders
       FROM call_application a JOIN call c ON c.id = a.call_id JOIN initiative i ON i.id = a.initiative_id
      WHERE a.status = 'AWARDED' AND ($1::timestamptz IS NULL OR a.decided_at >= $1)
      ORDER BY a.decided_at, a.id`,
    [options.since ?? null],
  );
}

/** The initiatives that applied to a call and did not withdraw (a fund's matches limited to the applicants). */
export async function applicantInitiativeIds(db: Pick<EntityManager, 'query'>, callId: string): Promise<string[]> {
  const rows: { initiative_id: string }[] = await db.query(
    `SELECT initiative_id FROM call_application WHERE call_id = $1 AND status <> 'WITHDRAWN' ORDER BY created_at, id`,
    [callId],
  );
  return rows.map((row) => row.initiative_id);
}

import DataLoader from 'dataloader';
import { isUuid } from '../core/ids.js';
import { groupedByKeys, loaderById } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import {
  afterCursor,
  type Cursor,
  encodeCursor,
  entityFromRow,
  hydrate,
  newest,
  type Page,
  SqlParams,
  selectList,
} from '../core/paging.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Initiative } from './initiative.entity.js';
import { initiativeScope } from './initiative.policy.js';
import { visibleInitiatives } from './initiative.query.js';

export interface OrganisationInitiativesKey {
  organisationId: string;
  first: number;
  after: Cursor | null;
}

export type InitiativePage = Page<Initiative> & { total: number };

/**
 * The organisation fetched with each initiative of a list page (joined into its statement), so that
 * `Initiative.organisation` answers without a promise: graphql-js then completes the whole page
 * synchronously. Per object, so per request; entries go with the page.
 */
export const joinedOrganisations = new WeakMap<Initiative, Organisation>();

/** `Organisation.initiatives` pages newest first. */
export const NEWEST = newest('i');

export type InitiativeLoaders = ReturnType<typeof createInitiativeLoaders>;

declare module '../core/context.js' {
  interface Loaders {
    initiative: InitiativeLoaders;
  }
}

export function createInitiativeLoaders({ db, viewer }: LoaderDeps) {
  const scope = initiativeScope(viewer);
  return {
    /** By id, whatever its status: callers check `mayViewInitiative`. */
    byId: loaderById(db, Initiative),

    /**
     * By id with its organisation in the same statement (`initiative(id)` asking for it), whatever its status:
     * callers check `mayViewInitiative`. The organisation answers `Initiative.organisation` (joinedOrganisations).
     */
    withOrganisation: new DataLoader<string, Initiative | null>(async (ids) => {
      const wanted = ids.filter(isUuid);
      const rows: Record<string, unknown>[] = wanted.length
        ? await db.query(
            `SELECT ${selectList(db, Initiative, 'i')}, ${selectList(db, Organisation, 'o', 'o.')}
               FROM initiative i JOIN organisation o ON o.id = i.organisation_id WHERE i.id = ANY($1::uuid[])`,
            [wanted],
          )
        : [];
      const found = new Map<string, Initiative>();
      for (const row of rows) {
        const initiative = entityFromRow(db, Initiative, row);
        joinedOrganisations.set(initiative, entityFromRow(db, Organisation, row, 'o.'));
        found.set(initiative.id, initiative);
      }
      return ids.map((id) => found.get(id) ?? null);
    }),

    /**
     * `Organisation.initiatives(first, after)` for a whole page of organisations in one statement:
     * newest first per organisation, what the viewer may see, with each organisation's total.
     */
    pageOfOrganisation: new DataLoader<OrganisationInitiativesKey, InitiativePage, string>(
      async (keys) => {
        const pages = new Map<string, InitiativePage>();
        // Keys that share `first` and `after` share a statement (without `after`: all of them).
        const groups = groupedByKeys([...new Set(keys.map(pagingKey))], keys, pagingKey);
        await Promise.all(
          groups.map(async (group) => {
            const [{ first, after }] = group as [OrganisationInitiativesKey];
            const params = new SqlParams();
            const organisations = params.add(group.map((k) => k.organisationId));
            const visible = visibleInitiatives(scope, params);
            const afterRow = after ? afterCursor(NEWEST, after, params) : 'true';
            const visibleAnd = visible ? `${visible} AND ` : '';
            // Per organisation: its count, and its page through the (organisation_id, created_at, id) index.
            const rows: (Record<string, unknown> & { __organisation: string; __total: number })[] = await db.query(
              `SELECT o.id AS "__organisation", t.total AS "__total", p.*
                 FROM unnest(${organisations}::uuid[]) AS o(id)
                 CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM initiative i WHERE ${visibleAnd}i.organisation_id = o.id) t
                 LEFT JOIN LATERAL (
                   SELECT ${selectList(db, Initiative, 'i')} FROM initiative i
                    WHERE ${visibleAnd}i.organisation_id = o.id AND ${afterRow}
                    ORDER BY i.created_at DESC, i.id DESC
                    LIMIT ${first + 1}
                 ) p ON true
                ORDER BY o.id, p."createdAt" DESC, p.id DESC`,
              params.values,
            );
            const byOrganisation = groupedByKeys(
              group.map((k) => k.organisationId),
              rows,
              (row) => row.__organisation,
            );
            group.forEach((key, index) => {
              const found = byOrganisation[index] ?? [];
              const initiatives = found.filter((row) => row.id !== null);
              pages.set(cacheKey(key), {
                rows: initiatives.slice(0, first).map(({ __organisation, __total, ...columns }) => hydrate(Initiative, columns)),
                hasNextPage: initiatives.length > first,
                cursorOf: (row) => encodeCursor({ order: NEWEST.name, values: [row.createdAt.toISOString(), row.id] }),
                total: found[0]?.__total ?? 0,
              });
            });
          }),
        );
        return keys.map((key) => pages.get(cacheKey(key)) as InitiativePage);
      },
      { cacheKeyFn: cacheKey },
    ),
  };
}

const pagingKey = (key: OrganisationInitiativesKey) => `${key.first}:${key.after ? encodeCursor(key.after) : ''}`;
const cacheKey = (key: OrganisationInitiativesKey) => `${key.organisationId}:${pagingKey(key)}`;

import DataLoader from 'dataloader';
import { groupedByKeys, loaderById, rowsWhereIn } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { afterCursor, type Cursor, encodeCursor, hydrate, type Order, type Page, SqlParams, selectList } from '../core/paging.js';
import { isAdmin } from '../core/policy.js';
import { Application, Call, CallFunder, Criterion, Review } from './call.entity.js';

/** A call's applications: best score first, unreviewed last, then who applied first. */
export const RANKED: Order = {
  name: 'ranked',
  keys: [
    { sql: 'coalesce(a.score, -1)', direction: 'DESC', type: 'real' },
    { sql: 'a.created_at', direction: 'ASC', type: 'timestamptz' },
    { sql: 'a.id', direction: 'ASC', type: 'uuid' },
  ],
};

export interface ApplicationsKey {
  callId: string;
  first: number;
  after: Cursor | null;
  /** Every application (funders, reviewers, admins), or only the viewer's organisations' ones. */
  all: boolean;
}

export type ApplicationPage = Page<Application> & { total: number };

export type CallLoaders = ReturnType<typeof createCallLoaders>;

declare module '../core/context.js' {
  interface Loaders {
    call: CallLoaders;
  }
}

export function createCallLoaders({ db, viewer }: LoaderDeps) {
  const memberOf = viewer ? [...viewer.roles.keys()] : [];
  return {
    /** By id, whatever its status: callers check `mayViewCall`. */
    byId: loaderById(db, Call),

    /** A call's funders, in the order they were given. */
    fundersOf: new DataLoader<string, CallFunder[]>(async (ids) => {
      const rows = await rowsWhereIn(db, CallFunder, 'call_id', ids, 'uuid');
      rows.sort((a, b) => a.position - b.position);
      return groupedByKeys(ids, rows, (row) => row.callId);
    }),

    /** A call's rubric, in order. */
    rubricOf: new DataLoader<string, Criterion[]>(async (ids) => {
      const rows = await rowsWhereIn(db, Criterion, 'call_id', ids, 'uuid');
      rows.sort((a, b) => a.position - b.position);
      return groupedByKeys(ids, rows, (row) => row.callId);
    }),

    /** How many applications of a call are awarded, and the sum awarded. */
    awarded: new DataLoader<string, { count: number; amount: number }>(async (ids) => {
      const rows: { callId: string; count: number; amount: number }[] = await db.query(
        `SELECT call_id AS "callId", count(*)::int AS count, coalesce(sum(amount_awarded), 0)::int AS amount
           FROM call_application WHERE call_id = ANY($1::uuid[]) AND status = 'AWARDED' GROUP BY call_id`,
        [ids],
      );
      const found = new Map(rows.map((r) => [r.callId, r]));
      return ids.map((id) => found.get(id) ?? { count: 0, amount: 0 });
    }),

    /** The accounts named reviewer of a call. */
    reviewersOf: new DataLoader<string, string[]>(async (ids) => {
      const rows: { callId: string; accountId: string }[] = await db.query(
        'SELECT call_id AS "callId", account_id AS "accountId" FROM call_reviewer WHERE call_id = ANY($1::uuid[]) ORDER BY created_at, account_id',
        [ids],
      );
      return groupedByKeys(ids, rows, (r) => r.callId).map((group) => group.map((r) => r.accountId));
    }),

    /** Whether the viewer reviews the call. */
    viewerReviews: new DataLoader<string, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const rows: { callId: string }[] = await db.query(
        'SELECT call_id AS "callId" FROM call_reviewer WHERE account_id = $1 AND call_id = ANY($2::uuid[])',
        [viewer.accountId, ids],
      );
      const reviewing = new Set(rows.map((r) => r.callId));
      return ids.map((id) => reviewing.has(id));
    }),

    applicationById: loaderById(db, Application),

    /** The reviews of an application, oldest first. */
    reviewsOf: new DataLoader<string, Review[]>(async (ids) => {
      const rows = await rowsWhereIn(db, Review, 'application_id', ids, 'uuid');
      rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      return groupedByKeys(ids, rows, (row) => row.applicationId);
    }),

    /**
     * `Call.applications(first, after)` for a whole page of calls in one statement per paging and
     * scope: ranked, with each call's total.
     */
    applicationsOf: new DataLoader<ApplicationsKey, ApplicationPage, string>(
      async (keys) => {
        const pages = new Map<string, ApplicationPage>();
        const groups = groupedByKeys([...new Set(keys.map(pagingKey))], keys, pagingKey);
        await Promise.all(
          groups.map(async (group) => {
            const [{ first, after, all }] = group as [ApplicationsKey];
            const params = new SqlParams();
            const calls = params.add(group.map((k) => k.callId));
            const scope = all || isAdmin(viewer) ? 'true' : `a.organisation_id = ANY(${params.add(memberOf)}::uuid[])`;
            const afterRow = after ? afterCursor(RANKED, after, params) : 'true';
            const rows: (Record<string, unknown> & { __call: string; __total: number; __k0: number })[] = await db.query(
              `SELECT c.id AS "__call", t.total AS "__total", p.*
                 FROM unnest(${calls}::uuid[]) AS c(id)
                 CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM call_application a WHERE a.call_id = c.id AND ${scope}) t
                 LEFT JOIN LATERAL (
                   SELECT ${selectList(db, Application, 'a')}, coalesce(a.score, -1) AS "__k0" FROM call_application a
                    WHERE a.call_id = c.id AND ${scope} AND ${afterRow}
                    ORDER BY coalesce(a.score, -1) DESC, a.created_at ASC, a.id ASC
                    LIMIT ${first + 1}
                 ) p ON true
                ORDER BY c.id, p."__k0" DESC, p."createdAt" ASC, p.id ASC`,
              params.values,
            );
            const byCall = groupedByKeys(
              group.map((k) => k.callId),
              rows,
              (row) => row.__call,
            );
            group.forEach((key, index) => {
              const found = byCall[index] ?? [];
              const applications = found.filter((row) => row.id !== null);
              const cursors = new Map<Application, string>();
              const page = applications.slice(0, first).map(({ __call, __total, __k0, ...columns }) => {
                const application = hydrate(Application, columns);
                cursors.set(
                  application,
                  encodeCursor({ order: RANKED.name, values: [__k0, application.createdAt.toISOString(), application.id] }),
                );
                return application;
              });
              pages.set(cacheKey(key), {
                rows: page,
                hasNextPage: applications.length > first,
                cursorOf: (row) => cursors.get(row) ?? '',
                total: found[0]?.__total ?? 0,
              });
            });
          }),
        );
        return keys.map((key) => pages.get(cacheKey(key)) as ApplicationPage);
      },
      { cacheKeyFn: cacheKey },
    ),
  };
}

const pagingKey = (key: ApplicationsKey) => `${key.all}:${key.first}:${key.after ? encodeCursor(key.after) : ''}`;
const cacheKey = (key: ApplicationsKey) => `${key.callId}:${pagingKey(key)}`;

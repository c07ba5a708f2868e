import DataLoader from 'dataloader';
import { groupedByKeys, loaderById } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { afterCursor, type Cursor, encodeCursor, hydrate, type Page, SqlParams, selectList } from '../core/paging.js';
import { Publication } from './publication.entity.js';
import { NEWEST_PUBLISHED, ofOrganisation } from './publication.query.js';

export interface OrganisationPublicationsKey {
  organisationId: string;
  first: number;
  after: Cursor | null;
}

export type PublicationPage = Page<Publication> & { total: number };

export type PublicationLoaders = ReturnType<typeof createPublicationLoaders>;

declare module '../core/context.js' {
  interface Loaders {
    publication: PublicationLoaders;
  }
}

export function createPublicationLoaders({ db }: LoaderDeps) {
  return {
    byId: loaderById(db, Publication),

    /** The ids of a publication's co-signers, in the order they signed; one statement for a page of publications. */
    coSignerIdsOf: new DataLoader<string, string[]>(async (publicationIds) => {
      const rows: { publicationId: string; organisationId: string }[] = await db.query(
        `SELECT publication_id AS "publicationId", organisation_id AS "organisationId" FROM publication_co_signer
          WHERE publication_id = ANY($1::uuid[]) ORDER BY created_at, organisation_id`,
        [publicationIds],
      );
      return groupedByKeys(publicationIds, rows, (row) => row.publicationId).map((group) => group.map((row) => row.organisationId));
    }),

    /**
     * `Organisation.publications(first, after)` for a whole page of organisations in one statement:
     * what each published or co-signed, newest first, with each organisation's total.
     */
    pageOfOrganisation: new DataLoader<OrganisationPublicationsKey, PublicationPage, string>(
      async (keys) => {
        const pages = new Map<string, PublicationPage>();
        const groups = groupedByKeys([...new Set(keys.map(pagingKey))], keys, pagingKey);
        await Promise.all(
          groups.map(async (group) => {
            const [{ first, after }] = group as [OrganisationPublicationsKey];
            const params = new SqlParams();
            const organisations = params.add(group.map((k) => k.organisationId));
            const afterRow = after ? afterCursor(NEWEST_PUBLISHED, after, params) : 'true';
            const rows: (Record<string, unknown> & { __organisation: string; __total: number })[] = await db.query(
              `SELECT o.id AS "__organisation", t.total AS "__total", q.*
                 FROM unnest(${organisations}::uuid[]) AS o(id)
                 CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM publication p WHERE ${ofOrganisation('o.id')}) t
                 LEFT JOIN LATERAL (
                   SELECT ${selectList(db, Publication, 'p')} FROM publication p
                    WHERE ${ofOrganisation('o.id')} AND ${afterRow}
                    ORDER BY p.published_on DESC, p.id DESC
                    LIMIT ${first + 1}
                 ) q ON true
                ORDER BY o.id, q."publishedOn" DESC, q.id DESC`,
              params.values,
            );
            const byOrganisation = groupedByKeys(
              group.map((k) => k.organisationId),
              rows,
              (row) => row.__organisation,
            );
            group.forEach((key, index) => {
              const found = byOrganisation[index] ?? [];
              const publications = found.filter((row) => row.id !== null);
              pages.set(cacheKey(key), {
                rows: publications.slice(0, first).map(({ __organisation, __total, ...columns }) => hydrate(Publication, columns)),
                hasNextPage: publications.length > first,
                cursorOf: (row) => encodeCursor({ order: NEWEST_PUBLISHED.name, values: [row.publishedOn, row.id] }),
                total: found[0]?.__total ?? 0,
              });
            });
          }),
        );
        return keys.map((key) => pages.get(cacheKey(key)) as PublicationPage);
      },
      { cacheKeyFn: cacheKey },
    ),
  };
}

const pagingKey = (key: OrganisationPublicationsKey) => `${key.first}:${key.after ? encodeCursor(key.after) : ''}`;
const cacheKey = (key: OrganisationPublicationsKey) => `${key.organisationId}:${pagingKey(key)}`;

import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupedByKeys, loaderById } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { hydrate, SqlParams, selectList } from '../core/paging.js';
import { initiativeScope } from '../initiative/initiative.policy.js';
import { Need, Offer } from './needs-offers.entity.js';
import { visibleNeeds } from './needs-offers.query.js';

export type NeedOfferLoaders = ReturnType<typeof createNeedOfferLoaders>;

declare module '../core/context.js' {
  interface Loaders {
    needsOffers: NeedOfferLoaders;
  }
}

export function createNeedOfferLoaders({ db, viewer }: LoaderDeps) {
  const scope = initiativeScope(viewer);
  const order = { status: 'DESC', createdAt: 'DESC' } as const; // OPEN before CLOSED, newest first
  return {
    need: loaderById(db, Need),
    offer: loaderById(db, Offer),
    /** An initiative's needs (callers have checked the initiative is visible). */
    needsOfInitiative: new DataLoader<string, Need[]>(async (ids) =>
      groupedByKeys(
        ids,
        await db.getRepository(Need).find({ where: { initiativeId: In([...ids]) }, order }),
        (n) => n.initiativeId as string,
      ),
    ),
    /** An organisation's needs the viewer may see (not those of its drafts, for outsiders). */
    needsOfOrganisation: new DataLoader<string, Need[]>(async (ids) => {
      const params = new SqlParams();
      const visible = visibleNeeds(scope, params);
      const rows: Record<string, unknown>[] = await db.query(
        `SELECT ${selectList(db, Need, 'n')} FROM need n
          WHERE n.organisation_id = ANY(${params.add(ids)}::uuid[])${visible ? ` AND ${visible}` : ''}
          ORDER BY n.status DESC, n.created_at DESC`,
        params.values,
      );
      return groupedByKeys(
        ids,
        rows.map((row) => hydrate(Need, row)),
        (n) => n.organisationId,
      );
    }),
    offersOfOrganisation: new DataLoader<string, Offer[]>(async (ids) =>
      groupedByKeys(ids, await db.getRepository(Offer).find({ where: { organisationId: In([...ids]) }, order }), (o) => o.organisationId),
    ),
  };
}

import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { hydrate, SqlParams, selectList } from '../graphql/connection.js';
import { byKeys, groupedByKeys } from '../graphql/loader-helpers.js';
import { initiativeScope } from '../initiative/initiative.policy.js';
import { isUuid } from '../organisation/input-rules.js';
import { Need, Offer } from './needs-offers.entity.js';
import { visibleNeeds } from './needs-offers.query.js';

export function createNeedOfferLoaders(db: DataSource, viewer: Viewer | null) {
  const scope = initiativeScope(viewer);
  const byId = <T extends Need | Offer>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      return byKeys(ids, valid.length ? await db.getRepository(entity).findBy({ id: In(valid) } as never) : [], (row) => row.id);
    });
  const order = { status: 'DESC', createdAt: 'DESC' } as const; // OPEN before CLOSED, newest first
  return {
    need: byId(Need),
    offer: byId(Offer),
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

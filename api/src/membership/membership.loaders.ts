import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupedByKeys } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { Membership } from './membership.entity.js';

export type MembershipLoaders = ReturnType<typeof createMembershipLoaders>;

declare module '../core/context.js' {
  interface Loaders {
    membership: MembershipLoaders;
  }
}

export function createMembershipLoaders({ db }: LoaderDeps) {
  return {
    byAccount: new DataLoader<string, Membership[]>(async (accountIds) =>
      groupedByKeys(
        accountIds,
        await db.getRepository(Membership).find({ where: { accountId: In([...accountIds]) }, order: { createdAt: 'ASC' } }),
        (m) => m.accountId,
      ),
    ),
    /** OWNERs first, then EDITORs, then VIEWERs; by join date within a role. */
    byOrganisation: new DataLoader<string, Membership[]>(async (organisationIds) =>
      groupedByKeys(
        organisationIds,
        await db
          .getRepository(Membership)
          .createQueryBuilder('m')
          .where('m.organisation_id IN (:...organisationIds)', { organisationIds: [...organisationIds] })
          .orderBy(`array_position(ARRAY['OWNER','EDITOR','VIEWER'], m.role)`, 'ASC')
          .addOrderBy('m.created_at', 'ASC')
          .addOrderBy('m.id', 'ASC')
          .getMany(),
        (m) => m.organisationId,
      ),
    ),
  };
}

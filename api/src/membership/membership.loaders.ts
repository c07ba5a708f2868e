import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { groupedByKeys } from '../graphql/loader-helpers.js';
import { Membership } from './membership.entity.js';

export function createMembershipLoaders(db: DataSource) {
  return {
    membershipsByAccount: new DataLoader<string, Membership[]>(async (accountIds) =>
      groupedByKeys(
        accountIds,
        await db.getRepository(Membership).find({ where: { accountId: In([...accountIds]) }, order: { createdAt: 'ASC' } }),
        (m) => m.accountId,
      ),
    ),
  };
}

import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byKeys } from '../graphql/loader-helpers.js';
import { FundProfile } from './fund-profile.entity.js';

export function createFundProfileLoaders(db: DataSource) {
  return {
    fundProfile: new DataLoader<string, FundProfile | null>(async (organisationIds) =>
      byKeys(
        organisationIds,
        await db.getRepository(FundProfile).findBy({ organisationId: In([...organisationIds]) }),
        (p) => p.organisationId,
      ),
    ),
  };
}

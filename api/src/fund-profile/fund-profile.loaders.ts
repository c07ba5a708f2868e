import type DataLoader from 'dataloader';
import { loaderById } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { FundProfile } from './fund-profile.entity.js';

export interface FundProfileLoaders {
  /** A fund's profile by the fund's organisation id. */
  byOrganisation: DataLoader<string, FundProfile | null>;
}

declare module '../core/context.js' {
  interface Loaders {
    fundProfile: FundProfileLoaders;
  }
}

export const createFundProfileLoaders = ({ db }: LoaderDeps): FundProfileLoaders => ({
  byOrganisation: loaderById(db, FundProfile, 'organisation_id'),
});

import type { DataSource } from 'typeorm';
import { createAccountLoaders } from '../account/account.loaders.js';
import type { Viewer } from '../auth/viewer.js';
import { createFundProfileLoaders } from '../fund-profile/fund-profile.loaders.js';
import { createInitiativeLoaders } from '../initiative/initiative.loaders.js';
import { createMembershipLoaders } from '../membership/membership.loaders.js';
import { createNeedOfferLoaders } from '../needs-offers/needs-offers.loaders.js';
import { createOrganisationLoaders } from '../organisation/organisation.loaders.js';
import type { ReferenceCache } from '../reference/reference.cache.js';
import { createReferenceLoaders } from '../reference/reference.loaders.js';

/** Every DataLoader, built per request so that no cached row outlives the request or crosses viewers. */
export function createLoaders(db: DataSource, viewer: Viewer | null, reference: ReferenceCache) {
  return {
    ...createReferenceLoaders(reference),
    ...createOrganisationLoaders(db),
    ...createInitiativeLoaders(db, viewer),
    ...createFundProfileLoaders(db),
    ...createNeedOfferLoaders(db, viewer),
    ...createMembershipLoaders(db),
    ...createAccountLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

import type { DataSource } from 'typeorm';
import { createAccountLoaders } from '../account/account.loaders.js';
import type { Viewer } from '../auth/viewer.js';
import { createMembershipLoaders } from '../membership/membership.loaders.js';
import { createOrganisationLoaders } from '../organisation/organisation.loaders.js';
import { createReferenceLoaders } from '../reference/reference.loaders.js';

/** Every DataLoader, built per request so that no cached row outlives the request or crosses viewers. */
export function createLoaders(db: DataSource, _viewer: Viewer | null) {
  return {
    ...createReferenceLoaders(db),
    ...createOrganisationLoaders(db),
    ...createMembershipLoaders(db),
    ...createAccountLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

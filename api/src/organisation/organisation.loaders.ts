import type DataLoader from 'dataloader';
import { loaderById } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { Organisation } from './organisation.entity.js';

export interface OrganisationLoaders {
  byId: DataLoader<string, Organisation | null>;
}

declare module '../core/context.js' {
  interface Loaders {
    organisation: OrganisationLoaders;
  }
}

export const createOrganisationLoaders = ({ db }: LoaderDeps): OrganisationLoaders => ({ byId: loaderById(db, Organisation) });

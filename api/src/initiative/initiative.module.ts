import { defineModule } from '../core/module.js';
import { Initiative } from './initiative.entity.js';
import { createInitiativeLoaders } from './initiative.loaders.js';
import { INITIATIVE_PERMISSIONS } from './initiative.permissions.js';
import { initiativeResolvers } from './initiative.resolver.js';

/** Initiatives and projects: drafts, publication, search. */
export const initiativeModule = defineModule({
  name: 'initiative',
  entities: [Initiative],
  resolvers: initiativeResolvers,
  loaders: createInitiativeLoaders,
  permissions: INITIATIVE_PERMISSIONS,
});

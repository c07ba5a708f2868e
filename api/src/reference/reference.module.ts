import { defineModule } from '../core/module.js';
import { ReferenceCache } from './reference.cache.js';
import { Municipality, Province, Theme } from './reference.entity.js';
import { createReferenceLoaders } from './reference.loaders.js';
import { REFERENCE_PERMISSIONS } from './reference.permissions.js';
import { referenceResolvers } from './reference.resolver.js';

/** Themes, provinces and municipalities: cached per process, reloaded everywhere on a NOTIFY. */
export const referenceModule = defineModule({
  name: 'reference',
  entities: [Theme, Province, Municipality],
  resolvers: referenceResolvers,
  loaders: createReferenceLoaders,
  runtime: ({ db, log }) => {
    const cache = new ReferenceCache(db, log);
    return { value: cache, start: () => cache.start(), stop: () => cache.stop() };
  },
  permissions: REFERENCE_PERMISSIONS,
});

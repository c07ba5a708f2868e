import { defineModule } from '../core/module.js';
import { FundCache } from './fund-profile.cache.js';
import { FundProfile } from './fund-profile.entity.js';
import { createFundProfileLoaders } from './fund-profile.loaders.js';
import { FUND_PROFILE_PERMISSIONS } from './fund-profile.permissions.js';
import { fundProfileResolvers } from './fund-profile.resolver.js';

declare module '../core/context.js' {
  interface Runtime {
    fundProfile: FundCache;
  }
}

/** What a fund funds: themes, regions, grant range, budget left. */
export const fundProfileModule = defineModule({
  name: 'fundProfile',
  entities: [FundProfile],
  resolvers: fundProfileResolvers,
  loaders: createFundProfileLoaders,
  permissions: FUND_PROFILE_PERMISSIONS,
  runtime: ({ db, log }) => {
    const cache = new FundCache(db, log);
    return { value: cache, start: () => cache.start(), stop: () => cache.stop() };
  },
});

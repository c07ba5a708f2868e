import { defineModule } from '../core/module.js';
import { Need, Offer } from './needs-offers.entity.js';
import { createNeedOfferLoaders } from './needs-offers.loaders.js';
import { NEEDS_OFFERS_PERMISSIONS } from './needs-offers.permissions.js';
import { needOfferResolvers } from './needs-offers.resolver.js';

/** What initiatives need (money, volunteers, expertise, jobs, a venue) and what organisations offer. */
export const needsOffersModule = defineModule({
  name: 'needsOffers',
  entities: [Need, Offer],
  resolvers: needOfferResolvers,
  loaders: createNeedOfferLoaders,
  permissions: NEEDS_OFFERS_PERMISSIONS,
});

import { defineModule } from '../core/module.js';
import { OVERVIEW_PERMISSIONS } from './overview.permissions.js';
import { OverviewResolver } from './overview.resolver.js';

/** The overview: coverage of theme × region, national totals and trends (the map and the dashboards). Reads other features' figures through their query modules. */
export const overviewModule = defineModule({
  name: 'overview',
  resolvers: [OverviewResolver],
  permissions: OVERVIEW_PERMISSIONS,
});

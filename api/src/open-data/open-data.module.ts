import { defineModule } from '../core/module.js';
import { OPEN_DATA_PERMISSIONS } from './open-data.permissions.js';
import { registerOpenDataRoutes } from './open-data.routes.js';

/** Open data: the CSV import of initiatives (and its template), CSV exports of initiatives and organisations, and 360Giving. */
export const openDataModule = defineModule({
  name: 'openData',
  permissions: OPEN_DATA_PERMISSIONS,
  routes: registerOpenDataRoutes,
});

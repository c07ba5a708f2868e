import { defineModule } from '../core/module.js';
import { PRIVACY_PERMISSIONS } from './privacy.permissions.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { registerPrivacyRoutes } from './privacy.routes.js';
import { PersonalDataRegistry } from './privacy.service.js';

/** The viewer's rights over their own data: export (`exportMyData`, `GET /api/me/export`) and erasure, from every module's part. */
export const privacyModule = defineModule({
  name: 'privacy',
  resolvers: [PrivacyResolver],
  runtime: ({ modules }) => ({ value: new PersonalDataRegistry(modules) }),
  routes: registerPrivacyRoutes,
  permissions: PRIVACY_PERMISSIONS,
});

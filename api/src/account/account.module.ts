import { defineModule } from '../core/module.js';
import { Account } from './account.entity.js';
import { createAccountLoaders } from './account.loaders.js';
import { ACCOUNT_PERMISSIONS } from './account.permissions.js';
import { accountPersonalData } from './account.personal-data.js';
import { AccountResolver } from './account.resolver.js';
import type { AccountSettings } from './account.service.js';
import { AdminResolver } from './admin.resolver.js';

declare module '../core/context.js' {
  interface Settings {
    account: AccountSettings;
  }
}

/** Accounts (sign-up, sign-in, the viewer) and the alliance admins. */
export const accountModule = defineModule({
  name: 'account',
  entities: [Account],
  resolvers: [AccountResolver, AdminResolver],
  loaders: createAccountLoaders,
  settings: (config): AccountSettings => ({
    ttlHours: config.KOPPEL_SESSION_TTL_HOURS,
    refuseDemoPassword: config.NODE_ENV === 'production',
  }),
  permissions: ACCOUNT_PERMISSIONS,
  personalData: accountPersonalData,
});

import type DataLoader from 'dataloader';
import { loaderById } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { Account } from './account.entity.js';

export interface AccountLoaders {
  /** Accounts by id, without their password hash (never selected). */
  byId: DataLoader<string, Account | null>;
}

declare module '../core/context.js' {
  interface Loaders {
    account: AccountLoaders;
  }
}

export const createAccountLoaders = ({ db }: LoaderDeps): AccountLoaders => ({ byId: loaderById(db, Account) });

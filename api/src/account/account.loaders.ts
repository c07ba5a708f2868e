import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byKeys } from '../graphql/loader-helpers.js';
import { Account } from './account.entity.js';

export function createAccountLoaders(db: DataSource) {
  return {
    /** Accounts by id, without their password hash (never selected). */
    account: new DataLoader<string, Account | null>(async (ids) =>
      byKeys(ids, await db.getRepository(Account).findBy({ id: In([...ids]) }), (a) => a.id),
    ),
  };
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byKeys, rowsWhereIn } from '../graphql/loader-helpers.js';
import { isUuid } from './input-rules.js';
import { Organisation } from './organisation.entity.js';

export function createOrganisationLoaders(db: DataSource) {
  return {
    // Ids come from clients too: one that is not a uuid is simply not found (PostgreSQL would refuse it).
    organisation: new DataLoader<string, Organisation | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      return byKeys(ids, await rowsWhereIn(db, Organisation, 'id', valid, 'uuid'), (o) => o.id);
    }),
  };
}

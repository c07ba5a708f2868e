import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byKeys } from '../graphql/loader-helpers.js';
import { Organisation } from './organisation.entity.js';

export function createOrganisationLoaders(db: DataSource) {
  return {
    organisation: new DataLoader<string, Organisation | null>(async (ids) =>
      byKeys(ids, await db.getRepository(Organisation).findBy({ id: In([...ids]) }), (o) => o.id),
    ),
  };
}

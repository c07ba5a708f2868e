import DataLoader from 'dataloader';
import { groupedByKeys, loaderById, rowsWhereIn } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { Commitment } from './commitment.entity.js';

export type CommitmentLoaders = ReturnType<typeof createCommitmentLoaders>;

declare module '../core/context.js' {
  interface Loaders {
    commitment: CommitmentLoaders;
  }
}

export function createCommitmentLoaders({ db }: LoaderDeps) {
  return {
    byId: loaderById(db, Commitment),
    /** The commitments an awarded application became, oldest first. */
    byApplication: new DataLoader<string, Commitment[]>(async (ids) => {
      const rows = await rowsWhereIn(db, Commitment, 'application_id', ids, 'uuid');
      rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      return groupedByKeys(ids, rows, (row) => row.applicationId as string);
    }),
    /** An organisation's commitments made at round-tables, oldest first. */
    tableCommitmentsOf: new DataLoader<string, Commitment[]>(async (ids) => {
      const rows = (await rowsWhereIn(db, Commitment, 'organisation_id', ids, 'uuid')).filter((row) => row.tableId !== null);
      rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      return groupedByKeys(ids, rows, (row) => row.organisationId);
    }),
    /** The commitments made at a round-table, oldest first. */
    byTable: new DataLoader<string, Commitment[]>(async (ids) => {
      const rows = await rowsWhereIn(db, Commitment, 'table_id', ids, 'uuid');
      rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      return groupedByKeys(ids, rows, (row) => row.tableId as string);
    }),
  };
}

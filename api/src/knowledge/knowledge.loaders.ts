import DataLoader from 'dataloader';
import { groupedByKeys, loaderById, rowsWhereIn } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { KnowledgeItem, KnowledgeReview, KnowledgeVersion } from './knowledge.entity.js';

export type KnowledgeLoaders = ReturnType<typeof createKnowledgeLoaders>;

declare module '../core/context.js' {
  interface Loaders {
    knowledge: KnowledgeLoaders;
  }
}

export function createKnowledgeLoaders({ db }: LoaderDeps) {
  return {
    /** By id, whatever its status: callers check `mayViewKnowledgeItem`. */
    byId: loaderById(db, KnowledgeItem),

    /** An item's reviews, oldest first; one statement for a page of items. */
    reviewsOf: new DataLoader<string, KnowledgeReview[]>(async (itemIds) => {
      const rows = await rowsWhereIn(db, KnowledgeReview, 'item_id', itemIds, 'uuid');
      rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      return groupedByKeys(itemIds, rows, (row) => row.itemId);
    }),

    /** An item's texts, newest first; one statement for a page of items. */
    versionsOf: new DataLoader<string, KnowledgeVersion[]>(async (itemIds) => {
      const rows = await rowsWhereIn(db, KnowledgeVersion, 'item_id', itemIds, 'uuid');
      rows.sort((a, b) => b.version - a.version);
      return groupedByKeys(itemIds, rows, (row) => row.itemId);
    }),
  };
}

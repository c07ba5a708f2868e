import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { createReferenceLoaders } from '../reference/reference.loaders.js';

/** Every DataLoader, built per request so that no cached row outlives the request or crosses viewers. */
export function createLoaders(db: DataSource, _viewer: Viewer | null) {
  return {
    ...createReferenceLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

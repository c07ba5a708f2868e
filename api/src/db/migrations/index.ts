import { ReferenceData1764000000000 } from './1764000000000-reference-data.js';

/** Every migration, oldest first. Add new ones at the end. */
export const migrations = [ReferenceData1764000000000];

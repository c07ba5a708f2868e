import { Municipality, Province, Theme } from '../reference/reference.entity.js';

/** Every TypeORM entity. Add a feature's entities here. */
export const entities = [Theme, Province, Municipality];

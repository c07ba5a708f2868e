import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildKoppelSchema, SCHEMA_FILE, schemaSdl } from './core/schema.js';
import { MODULES, PERMISSIONS } from './modules.js';

describe('api/schema.graphql', () => {
  it('is the schema the API serves (run `npm run schema` after changing it)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(schemaSdl(await buildKoppelSchema(MODULES, PERMISSIONS)));
  });
});

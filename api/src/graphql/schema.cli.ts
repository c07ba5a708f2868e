import { buildKoppelSchema, writeSchemaFileIfChanged } from './schema.js';

/** `npm run schema`: writes the served schema to api/schema.graphql. */
const changed = await writeSchemaFileIfChanged(await buildKoppelSchema());
process.stdout.write(changed ? 'api/schema.graphql updated\n' : 'api/schema.graphql is up to date\n');

import { buildKoppelSchema, writeSchemaFileIfChanged } from './core/schema.js';
import { MODULES, PERMISSIONS } from './modules.js';

/** `npm run schema`: writes the served schema to api/schema.graphql. */
const changed = await writeSchemaFileIfChanged(await buildKoppelSchema(MODULES, PERMISSIONS));
process.stdout.write(changed ? 'api/schema.graphql updated\n' : 'api/schema.graphql is up to date\n');

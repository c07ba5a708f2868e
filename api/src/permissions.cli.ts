import { readFile, writeFile } from 'node:fs/promises';
import { PERMISSIONS_DOC } from './core/permissions.js';
import { PERMISSIONS } from './modules.js';

/** `npx tsc -b && node api/dist/permissions.cli.js`: rewrites the generated tables of docs/permissions.md. */
const doc = await readFile(PERMISSIONS_DOC, 'utf8');
const updated = PERMISSIONS.withTables(doc);
if (updated !== doc) await writeFile(PERMISSIONS_DOC, updated);
process.stdout.write(updated !== doc ? 'docs/permissions.md updated\n' : 'docs/permissions.md is up to date\n');

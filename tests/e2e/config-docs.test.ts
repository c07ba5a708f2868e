import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './koppel-process.js';

const read = (path: string) => readFile(join(REPO_ROOT, path), 'utf8');

/** The variables the zod schema in config.ts reads: its top-level keys. */
async function configVariables(): Promise<string[]> {
  const source = await read('api/src/config/config.ts');
  const body = /const schema = z\.object\(\{([\s\S]*?)\n\}\);/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1] as string);
}

describe('configuration documentation', () => {
  it('finds the variables in config.ts', async () => {
    expect(await configVariables()).toEqual(expect.arrayContaining(['PORT', 'DATABASE_URL', 'KOPPEL_DEMO_DATA']));
  });

  it('.env.example and the README document every variable config.ts reads', async () => {
    const example = await read('.env.example');
    const readme = await read('README.md');
    for (const variable of await configVariables()) {
      expect(example, `.env.example lacks ${variable}`).toMatch(new RegExp(`^#? ?${variable}=`, 'm'));
      expect(readme, `README.md's configuration table lacks ${variable}`).toContain(`| \`${variable}\` |`);
    }
  });
});

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const web = fileURLToPath(new URL('..', import.meta.url));
const codegen = fileURLToPath(new URL('../../node_modules/.bin/graphql-codegen', import.meta.url));

describe('typed GraphQL documents (web/src/gql)', () => {
  it('match api/schema.graphql and the operations in the web app (else run `npm run codegen -w web`)', async () => {
    const outcome = await promisify(execFile)(codegen, ['--check'], { cwd: web }).then(
      () => 'up to date',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(outcome).toBe('up to date');
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ACTORS, FIELD_PERMISSIONS, OPERATION_PERMISSIONS, PERMISSIONS_DOC, withTables } from './permissions.js';

describe('docs/permissions.md', () => {
  it('shows the permission table of api/src/auth/permissions.ts (run `npx tsc -b && node api/dist/auth/permissions.cli.js`)', async () => {
    const doc = await readFile(PERMISSIONS_DOC, 'utf8');
    expect(doc).toBe(withTables(doc));
  });
});

describe('the permission table', () => {
  it('names each operation once, and only known actors', () => {
    const names = OPERATION_PERMISSIONS.map((p) => `${p.kind}:${p.operation}`);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of [...OPERATION_PERMISSIONS, ...FIELD_PERMISSIONS]) {
      for (const actor of rule.allowed) expect(ACTORS).toContain(actor);
    }
  });

  it('never lets anonymous visitors write, except to sign up, in and out', () => {
    const anonymousWrites = OPERATION_PERMISSIONS.filter((p) => p.kind === 'mutation' && p.allowed.includes('ANONYMOUS')).map(
      (p) => p.operation,
    );
    expect(anonymousWrites.sort()).toEqual(['signIn', 'signOut', 'signUp']);
  });

  it("gives another organisation's OWNER no more than any signed-in account", () => {
    for (const rule of OPERATION_PERMISSIONS)
      expect(rule.allowed.includes('OTHER_OWNER'), rule.operation).toBe(rule.allowed.includes('SIGNED_IN'));
  });
});

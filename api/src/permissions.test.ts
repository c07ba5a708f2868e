import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS_DOC } from './core/permissions.js';
import { PERMISSIONS } from './modules.js';

describe('docs/permissions.md', () => {
  it("shows the features' permission tables (run `npm run permissions`)", async () => {
    const doc = await readFile(PERMISSIONS_DOC, 'utf8');
    expect(doc).toBe(PERMISSIONS.withTables(doc));
  });
});

describe('the permission table', () => {
  it('names each operation once, and only known actors', () => {
    const names = PERMISSIONS.operations.map((p) => `${p.kind}:${p.operation}`);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of [...PERMISSIONS.operations, ...PERMISSIONS.fields]) {
      for (const actor of rule.allowed) expect(PERMISSIONS.actorIds).toContain(actor);
    }
  });

  it('never lets anonymous visitors write, except to sign up, in and out', () => {
    const anonymousWrites = PERMISSIONS.operations
      .filter((p) => p.kind === 'mutation' && p.allowed.includes('ANONYMOUS'))
      .map((p) => p.operation);
    expect(anonymousWrites.sort()).toEqual(['signIn', 'signOut', 'signUp']);
  });

  it("gives another organisation's OWNER no more than any signed-in account", () => {
    for (const rule of PERMISSIONS.operations)
      expect(rule.allowed.includes('OTHER_OWNER'), rule.operation).toBe(rule.allowed.includes('SIGNED_IN'));
  });
});

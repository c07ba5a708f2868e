import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The house rules that `npm run lint` guards (biome.json): no import cycle (type imports included) and
 * no import from the kernel (`core`, `http`, `db`, `config`) into a feature. Each is shown to fail on a
 * probe written into the source tree, and the real tree is shown to pass.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIOME = join(ROOT, 'node_modules/.bin/biome');
const run = promisify(execFile);

async function lint(paths: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(BIOME, ['lint', '--max-diagnostics=50', ...paths], { cwd: ROOT });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

async function withProbe(folder: string, files: Record<string, string>, check: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(ROOT, folder, 'lint-probe-'));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    await check(relative(ROOT, dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('npm run lint', () => {
  it('fails on an import cycle, also one through type imports', async () => {
    await withProbe(
      'api/src/',
      {
        'a.ts': "import type { B } from './b.js';\nexport interface A { b?: B }\n",
        'b.ts': "import type { A } from './a.js';\nexport interface B { a?: A }\n",
      },
      async (dir) => {
        const { ok, output } = await lint([dir]);
        expect(ok).toBe(false);
        expect(output).toContain('noImportCycles');
      },
    );
  });

  it('fails when the kernel imports a feature', async () => {
    await withProbe(
      'api/src/core/',
      { 'probe.ts': "import { Initiative } from '../../initiative/initiative.entity.js';\nexport const probe = Initiative;\n" },
      async (dir) => {
        const { ok, output } = await lint([dir]);
        expect(ok).toBe(false);
        expect(output).toContain('noRestrictedImports');
      },
    );
  });

  it('passes on the tree as it is', async () => {
    const { ok, output } = await lint(['api/src', 'packages', 'tests']);
    expect(output).not.toContain('noImportCycles');
    expect(output).not.toContain('noRestrictedImports');
    expect(ok, output).toBe(true);
  });
});

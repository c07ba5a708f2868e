import DataLoader from 'dataloader';
import type { LoaderDeps } from '../core/module.js';
import type { ReferenceCache, ReferenceSnapshot } from './reference.cache.js';
import type { Municipality, Province, Theme } from './reference.entity.js';

/** Reference rows by key, from the process's reference cache (no SQL while it is warm). */
export type ReferenceLoaders = ReturnType<typeof createReferenceLoaders>;

declare module '../core/context.js' {
  interface Loaders {
    reference: ReferenceLoaders;
  }
  interface Runtime {
    reference: ReferenceCache;
  }
}

export function createReferenceLoaders({ runtime: { reference } }: LoaderDeps) {
  const from = <K, V>(pick: (snapshot: Awaited<ReturnType<ReferenceCache['get']>>, key: K) => V) =>
    new DataLoader<K, V>(async (keys) => {
      const snapshot = await reference.get();
      return keys.map((key) => pick(snapshot, key));
    });
  const theme = from<string, Theme | null>((s, slug) => s.themes.get(slug) ?? null);
  const municipality = from<string, Municipality | null>((s, code) => s.municipalities.get(code) ?? null);
  /**
   * Many rows at once, without a promise when the cache is warm: a page of 100 initiatives then
   * resolves its themes and places synchronously, which saves most of graphql-js's per-field work.
   */
  const many =
    <V>(loader: DataLoader<string, V | null>, pick: (snapshot: ReferenceSnapshot, key: string) => V | undefined) =>
    (keys: readonly string[]): V[] | Promise<V[]> => {
      const snapshot = reference.current();
      if (snapshot) return keys.map((key) => pick(snapshot, key)).filter((row): row is V => row !== undefined);
      return loader.loadMany(keys).then((rows) => rows.filter((row): row is V => row !== null && !(row instanceof Error)));
    };
  return {
    themesOf: many(theme, (s, slug) => s.themes.get(slug)),
    municipalitiesOf: many(municipality, (s, code) => s.municipalities.get(code)),
    theme,
    province: from<string, Province | null>((s, code) => s.provinces.get(code) ?? null),
    municipality,
    municipalitiesByProvince: from<string, Municipality[]>((s, code) => [...(s.municipalitiesByProvince.get(code) ?? [])]),
  };
}

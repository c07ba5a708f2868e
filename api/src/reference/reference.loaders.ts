import DataLoader from 'dataloader';
import type { ReferenceCache } from './reference.cache.js';
import type { Municipality, Province, Theme } from './reference.entity.js';

/** Reference rows by key, from the process's reference cache (no SQL while it is warm). */
export function createReferenceLoaders(reference: ReferenceCache) {
  const from = <K, V>(pick: (snapshot: Awaited<ReturnType<ReferenceCache['get']>>, key: K) => V) =>
    new DataLoader<K, V>(async (keys) => {
      const snapshot = await reference.get();
      return keys.map((key) => pick(snapshot, key));
    });
  return {
    theme: from<string, Theme | null>((s, slug) => s.themes.get(slug) ?? null),
    province: from<string, Province | null>((s, code) => s.provinces.get(code) ?? null),
    municipality: from<string, Municipality | null>((s, code) => s.municipalities.get(code) ?? null),
    municipalitiesByProvince: from<string, Municipality[]>((s, code) => [...(s.municipalitiesByProvince.get(code) ?? [])]),
  };
}

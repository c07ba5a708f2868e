import { useCallback, useSyncExternalStore } from 'react';

const STORAGE_KEY = 'koppel.briefing';
/** The API's limit for one Markdown export. */
export const BRIEFING_MAX = 50;

const listeners = new Set<() => void>();
let memory: string[] = [];
let cachedText: string | null = null;
let cached: string[] = [];

function read(): string[] {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    if (text === cachedText) return cached;
    cachedText = text;
    const parsed: unknown = text ? JSON.parse(text) : [];
    cached = Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string').slice(0, BRIEFING_MAX) : [];
    return cached;
  } catch {
    // Storage blocked (privacy settings) or garbled: the basket lives in memory for this visit.
    return memory;
  }
}

function write(ids: string[]): void {
  memory = ids;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
  } catch {
    // Kept in memory only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the basket.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The briefing basket: the ids of the items chosen for a briefing, in the order chosen. Kept in localStorage so it
 * survives browsing and reloads; the briefing page itself carries the ids in its address, so it can be shared.
 */
export function useBriefing() {
  const ids = useSyncExternalStore(subscribe, read, () => memory);
  const toggle = useCallback((id: string) => {
    const current = read();
    write(current.includes(id) ? current.filter((other) => other !== id) : [...current, id].slice(0, BRIEFING_MAX));
  }, []);
  const clear = useCallback(() => write([]), []);
  return { ids, has: (id: string) => ids.includes(id), toggle, clear, full: ids.length >= BRIEFING_MAX };
}

/** Where the briefing of these items can be downloaded as one Markdown file (the API; cookie sent along). */
export function collectionMarkdownUrl(ids: readonly string[]): string {
  return `/api/knowledge/collection.md?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** The print view of these items. */
export function briefingPath(ids: readonly string[]): string {
  return `/kennisbank/briefing?ids=${ids.map(encodeURIComponent).join(',')}`;
}

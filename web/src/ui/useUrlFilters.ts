import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Paging keys: changing any filter starts at the first page again. */
const PAGING = ['na', 'pagina'];

/**
 * Filters and paging live in the address (`?thema=EDUCATION&gemeente=GM0363&pagina=2&na=…`), so a filtered list
 * can be sent to a colleague and survives a reload. Lists repeat their key.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();

  const set = useCallback(
    (key: string, value: string | readonly string[]) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete(key);
          for (const item of typeof value === 'string' ? [value] : value) if (item !== '') next.append(key, item);
          for (const paging of PAGING) next.delete(paging);
          return next;
        },
        { preventScrollReset: true },
      );
    },
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { preventScrollReset: true }), [setParams]);

  const page = Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1);
  return {
    list: <T extends string = string>(key: string) => params.getAll(key) as T[],
    text: (key: string) => params.get(key) ?? '',
    set,
    clear,
    /** Filters (not paging) given at all. */
    active: new Set([...params.keys()].filter((key) => !PAGING.includes(key))).size,
    page,
    after: params.get('na'),
  };
}

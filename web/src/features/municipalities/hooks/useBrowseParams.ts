import { useCallback, useEffect, useState } from 'react';

export interface BrowseParams {
  /** CBS province code, or '' for all provinces. */
  province: string;
  search: string;
}

/**
 * What the visitor is browsing lives in the address (`?province=PV21&q=sudwest`), so a view can be shared and the
 * back button returns from a province to the overview. Typing replaces the entry instead of adding one per key.
 */
export function useBrowseParams(): [BrowseParams, (next: Partial<BrowseParams>, history: 'push' | 'replace') => void] {
  const [params, setParams] = useState(readParams);

  useEffect(() => {
    const onPopState = () => setParams(readParams());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback(
    (next: Partial<BrowseParams>, mode: 'push' | 'replace') => {
      const merged = { ...params, ...next };
      const url = browseHref(merged);
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      setParams(merged);
    },
    [params],
  );

  return [params, update];
}

export function browseHref({ province, search }: BrowseParams): string {
  const query = new URLSearchParams();
  if (province) query.set('province', province);
  if (search) query.set('q', search);
  const text = query.toString();
  return `${window.location.pathname}${text ? `?${text}` : ''}`;
}

function readParams(): BrowseParams {
  const query = new URLSearchParams(window.location.search);
  return { province: query.get('province') ?? '', search: query.get('q') ?? '' };
}

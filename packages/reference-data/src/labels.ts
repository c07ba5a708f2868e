/** Koppel speaks Dutch first, English second. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Labels = Record<Locale, string>;

/** Picks the request's language from an Accept-Language header; Dutch unless English is preferred. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return 'nl';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const first = ranked.find((entry) => entry.lang === 'nl' || entry.lang === 'en');
  return first?.lang === 'en' ? 'en' : 'nl';
}

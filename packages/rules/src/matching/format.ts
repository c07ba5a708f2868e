import type { Locale } from '@koppel/reference-data';

/** Small formatting helpers for explanations, the same in the API and the browser (no Intl: identical output everywhere). */

/** `€ 40.000` in Dutch, `€40,000` in English. */
export function euros(amount: number, locale: Locale): string {
  const digits = String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'nl' ? '.' : ',');
  return locale === 'nl' ? `€ ${digits}` : `€${digits}`;
}

const MONTHS: Record<Locale, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Days since 1970-01-01 of an ISO date (`2026-04-01`), as PostgreSQL's date arithmetic counts them. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** `1 april 2026` / `1 April 2026`. */
export function longDate(day: number, locale: Locale): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTHS[locale][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `a, b en c` / `a, b and c`. */
export function list(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

/** `0,42` / `0.42`. */
export function decimal(value: number, locale: Locale, digits = 2): string {
  const text = value.toFixed(digits);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/** Characters as PostgreSQL's `length()` counts them (code points, not UTF-16 units): each surrogate pair counts once. */
export function characters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;

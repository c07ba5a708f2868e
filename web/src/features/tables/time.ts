import { fromWallClock, toWallClock } from '@koppel/rules';

const ZONE = 'Europe/Amsterdam';

/** An instant from a day (`YYYY-MM-DD`) and a time (`HH:MM`) on the Amsterdam wall clock, as ISO. */
export function amsterdamInstant(day: string, time: string): string | null {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  if (!year || !month || !date || hour === undefined || minute === undefined || Number.isNaN(hour) || Number.isNaN(minute)) return null;
  return fromWallClock(new Date(Date.UTC(year, month - 1, date, hour, minute))).toISOString();
}

/** Working-group deadlines: the web app asks for a day; requests are taken until 23:59 Amsterdam time on it. */
export const endOfDayAmsterdam = (day: string): string | null => amsterdamInstant(day, '23:59');

/** An instant as the people of Koppel read it: in Dutch time, in the page's language. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A day some days from today in Amsterdam, as `YYYY-MM-DD`. */
export function dayFromToday(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + days * 86_400_000));
}

/** The Amsterdam weekday of a day, as an RFC 5545 BYDAY code. */
export function weekdayCode(day: string): string {
  const codes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  return codes[new Date(`${day}T12:00:00Z`).getUTCDay()] ?? 'MO';
}

/** An instant as a `datetime-local` value on the Amsterdam wall clock (`YYYY-MM-DDTHH:MM`). */
export const localInput = (iso: string): string => toWallClock(new Date(iso)).toISOString().slice(0, 16);

/** A `datetime-local` value (Amsterdam wall clock) as an instant; null when empty or unreadable. */
export function fromLocalInput(value: string): string | null {
  const [day = '', time = ''] = value.split('T');
  return value ? amsterdamInstant(day, time) : null;
}

import { describe, expect, it } from 'vitest';
import { amsterdamToday } from './matching.facts.js';

describe('amsterdamToday', () => {
  it.each([
    // Winter time (UTC+1) and summer time (UTC+2), each side of midnight in Amsterdam, asked in turn within one minute.
    ['2026-01-14T22:59:59.999Z', '2026-01-14'],
    ['2026-01-14T23:00:00.000Z', '2026-01-15'],
    ['2026-01-14T23:00:59.999Z', '2026-01-15'],
    ['2026-07-01T21:59:59.999Z', '2026-07-01'],
    ['2026-07-01T22:00:00.000Z', '2026-07-02'],
    // The switches themselves (last Sunday of March and of October, at 01:00 UTC).
    ['2026-03-29T00:59:59.999Z', '2026-03-29'],
    ['2026-10-24T21:59:59.999Z', '2026-10-24'],
    ['2026-10-24T22:00:00.000Z', '2026-10-25'],
  ])('at %s is %s', (instant, day) => {
    expect(amsterdamToday(new Date(instant))).toBe(day);
  });

  it('answers the same as the uncached formatting for every minute around a midnight, asked twice', () => {
    const format = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
    for (let minute = -90; minute <= 90; minute++) {
      const now = new Date(Date.UTC(2026, 5, 30, 22, 0) + minute * 60_000 + 30_000);
      expect(amsterdamToday(now)).toBe(format.format(now));
      expect(amsterdamToday(now)).toBe(format.format(now));
    }
  });
});

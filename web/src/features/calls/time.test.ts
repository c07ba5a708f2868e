import { describe, expect, it } from 'vitest';
import { endOfDayAmsterdam } from './time.js';

describe('endOfDayAmsterdam', () => {
  it.each([
    ['2026-01-13', '2026-01-13T22:59:00.000Z'],
    ['2026-07-01', '2026-07-01T21:59:00.000Z'],
    // The days the clocks change: summer time from 02:00 on 29 March, winter time from 03:00 on 25 October.
    ['2026-03-29', '2026-03-29T21:59:00.000Z'],
    ['2026-10-25', '2026-10-25T22:59:00.000Z'],
    ['2026-12-31', '2026-12-31T22:59:00.000Z'],
  ])('%s: applications until 23:59 in Amsterdam, %s', (day, instant) => {
    expect(endOfDayAmsterdam(day)).toBe(instant);
  });
});

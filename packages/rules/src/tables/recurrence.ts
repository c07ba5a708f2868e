import * as rrule from 'rrule';

// rrule ships CommonJS for Node (its exports come through `default`) and an ES module for bundlers such
// as Vite (named exports, no default): this file runs in both, the API and the web app.
const { RRule } = (rrule as unknown as { default?: typeof rrule }).default ?? rrule;

/**
 * A series of sessions from an RFC 5545 rule, in Europe/Amsterdam wall-clock time: "every other Tuesday
 * at 19:30" stays at 19:30 across the switch to and from summer time. The rule is expanded on the
 * wall clock (as if it were UTC, so no offsets interfere), then each local time becomes an instant.
 */
export const SERIES_TIME_ZONE = 'Europe/Amsterdam';
export const MAX_SERIES_SESSIONS = 100;

export type SeriesProblem = 'INVALID_RULE' | 'UNBOUNDED' | 'TOO_MANY' | 'NO_SESSIONS' | 'NOT_ALLOWED_PART';

export interface SeriesSession {
  startsAt: Date;
  endsAt: Date;
}

const parts = (date: Date, timeZone: string) => {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p = Object.fromEntries(format.formatToParts(date).map((x) => [x.type, x.value])) as Record<string, string>;
  const n = (type: string) => Number(p[type] ?? 0);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
};

/** The wall-clock time of an instant in the zone, as a Date whose UTC fields hold it. */
export const toWallClock = (instant: Date, timeZone = SERIES_TIME_ZONE): Date => new Date(parts(instant, timeZone));

/**
 * The instant at which the zone's clock shows this wall-clock time (UTC fields of `wall`). A time that
 * does not exist (skipped by the spring switch) moves forward by the gap; an ambiguous one takes the first.
 */
export function fromWallClock(wall: Date, timeZone = SERIES_TIME_ZONE): Date {
  const guess = wall.getTime();
  const offsetAt = (t: number) => parts(new Date(t), timeZone) - t;
  const first = guess - offsetAt(guess - offsetAt(guess));
  const candidates = [guess - offsetAt(guess - 3_600_000 * 3), guess - offsetAt(guess + 3_600_000 * 3), first];
  const exact = candidates.filter((t) => parts(new Date(t), timeZone) === guess).sort((a, b) => a - b);
  if (exact.length) return new Date(exact[0] as number);
  return new Date(guess - offsetAt(guess - 3_600_000 * 3));
}

/**
 * The sessions of a series. The rule must be bounded (COUNT or UNTIL) and give 1–100 sessions; DTSTART
 * comes from `firstStartsAt`, so a rule naming its own is refused.
 */
export function expandSeries(input: {
  firstStartsAt: Date;
  durationMinutes: number;
  rrule: string;
  timeZone?: string;
}): { sessions: SeriesSession[]; problem: null } | { sessions: []; problem: SeriesProblem } {
  const timeZone = input.timeZone ?? SERIES_TIME_ZONE;
  const text = input.rrule.trim().replace(/^RRULE:/i, '');
  if (/DTSTART|TZID|\n|\r/i.test(text)) return { sessions: [], problem: 'NOT_ALLOWED_PART' };
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(text);
  } catch {
    return { sessions: [], problem: 'INVALID_RULE' };
  }
  if (options.freq === undefined || options.freq === null) return { sessions: [], problem: 'INVALID_RULE' };
  if (!options.count && !options.until) return { sessions: [], problem: 'UNBOUNDED' };
  if (options.count && options.count > MAX_SERIES_SESSIONS) return { sessions: [], problem: 'TOO_MANY' };
  if ((options.interval ?? 1) < 1) return { sessions: [], problem: 'INVALID_RULE' };
  let wallTimes: Date[];
  try {
    const until = options.until ? toWallClock(options.until, timeZone) : null;
    const rule = new RRule({ ...options, dtstart: toWallClock(input.firstStartsAt, timeZone), until, tzid: null });
    wallTimes = rule.all((_, i) => i < MAX_SERIES_SESSIONS + 1);
  } catch {
    return { sessions: [], problem: 'INVALID_RULE' };
  }
  if (wallTimes.length > MAX_SERIES_SESSIONS) return { sessions: [], problem: 'TOO_MANY' };
  if (!wallTimes.length) return { sessions: [], problem: 'NO_SESSIONS' };
  const sessions = wallTimes.map((wall) => {
    const startsAt = fromWallClock(wall, timeZone);
    return { startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) };
  });
  return { sessions, problem: null };
}

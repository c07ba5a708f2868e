import { describe, expect, it } from 'vitest';
import { type CompositionCandidate, candidatePool, composeTable, defaultQuotas } from './composition.js';
import { expandSeries, fromWallClock, toWallClock } from './recurrence.js';
import { rankSlots, tallySlots } from './slots.js';

const c = (id: string, kind: CompositionCandidate['kind'], extra: Partial<CompositionCandidate> = {}): CompositionCandidate => ({
  id,
  kind,
  themes: ['LABOUR_MARKET'],
  municipalityCode: 'GM0193',
  provinceCode: 'PV23',
  ...extra,
});
const table = { theme: 'LABOUR_MARKET', municipalityCode: 'GM0193', provinceCode: 'PV23', capacity: 12, organiserIds: ['m1'] };

describe('default quotas per theme', () => {
  it.each([
    ['EDUCATION', { MUNICIPALITY: 1, FUND: 1, NGO: 2, INITIATIVE: 1 }],
    ['LABOUR_MARKET', { MUNICIPALITY: 1, FUND: 1, NGO: 2, INITIATIVE: 1, COMPANY: 1 }],
  ])('%s', (theme, quotas) => expect(defaultQuotas(theme)).toEqual(quotas));
});

describe('composing a table', () => {
  const candidates = [
    c('m1', 'MUNICIPALITY'),
    c('f1', 'FUND', { servesPlace: 'NATIONAL', municipalityCode: 'GM0363' }),
    c('f2', 'FUND', { servesPlace: null }),
    c('n1', 'NGO'),
    c('n2', 'NGO', { themes: ['EDUCATION'] }),
    c('n3', 'NGO', { municipalityCode: 'GM0150' }),
    c('i1', 'INITIATIVE'),
    c('b1', 'COMPANY', { municipalityCode: null, provinceCode: null }),
    c('k1', 'KNOWLEDGE_INSTITUTE'),
  ];

  it.each([
    ['the default quotas', defaultQuotas('LABOUR_MARKET'), 12, ['m1', 'n1', 'i1', 'f1', 'n3', 'b1', 'k1', 'n2'], {}],
    [
      'a capacity of three: organiser first, then quotas in kind order',
      defaultQuotas('LABOUR_MARKET'),
      3,
      ['m1', 'f1', 'n1'],
      { NGO: 1, COMPANY: 1, INITIATIVE: 1 },
    ],
    ['three companies wanted, one exists', { COMPANY: 3 }, 12, ['m1', 'b1', 'n1', 'i1', 'k1', 'n3', 'f1', 'n2'], { COMPANY: 2 }],
  ])('with %s', (_, quotas, capacity, ids, shortfall) => {
    const result = composeTable({ ...table, capacity }, candidates, quotas);
    expect(new Set(result.suggestions.map((s) => s.id))).toEqual(new Set(ids));
    expect(result.suggestions).toHaveLength(ids.length);
    expect(result.shortfall).toEqual(shortfall);
  });

  it('never suggests a fund that does not serve the place, and explains each score', () => {
    const result = composeTable(table, candidates, defaultQuotas('LABOUR_MARKET'));
    expect(result.suggestions.map((s) => s.id)).not.toContain('f2');
    const fund = result.suggestions.find((s) => s.id === 'f1');
    expect(fund?.reasons.map((r) => r.fact)).toEqual(['THEME_MATCH', 'FUND_NATIONAL', 'FILLS_QUOTA']);
    for (const s of result.suggestions) expect(s.score).toBe(s.reasons.reduce((sum, r) => sum + r.points, 0));
  });

  it('gives one seat per organisation', () => {
    const result = composeTable(table, [...candidates, c('n1', 'NGO')], { NGO: 5 });
    expect(result.suggestions.filter((s) => s.id === 'n1')).toHaveLength(1);
  });
});

describe('the candidate pool', () => {
  const many = [
    c('m1', 'MUNICIPALITY'),
    ...Array.from({ length: 6 }, (_, i) => c(`n${i}`, 'NGO', { themes: i < 3 ? ['LABOUR_MARKET'] : [] })),
  ];
  const pool = (perKind: number) => candidatePool({ ...table, capacity: null }, many, perKind).map((r) => r.candidate.id);

  it.each([
    [2, ['m1', 'n0', 'n1']],
    [4, ['m1', 'n0', 'n1', 'n2', 'n3']],
    [10, ['m1', 'n0', 'n1', 'n2', 'n3', 'n4', 'n5']],
  ])('keeps the organisers and the best %i of each kind', (perKind, ids) => expect(pool(perKind)).toEqual(ids));

  it.each([
    [{ NGO: 1 }, 12],
    [{ NGO: 3 }, 12],
    [{ NGO: 3 }, 2],
    [{ NGO: 3, MUNICIPALITY: 2 }, 4],
  ])('composes as all candidates do for quotas within it (%o, capacity %i)', (quotas, capacity) => {
    const t = { ...table, capacity };
    const fromPool = candidatePool(t, many, 3).map((r) => r.candidate);
    expect(composeTable(t, fromPool, quotas).suggestions.filter((s) => s.fillsQuota)).toEqual(
      composeTable(t, many, quotas).suggestions.filter((s) => s.fillsQuota),
    );
  });
});

describe('ranking slots', () => {
  const at = (d: string) => new Date(d);
  it.each([
    ['most YES first', [2, 0, 0, 1, 5, 0], ['a', 'b']],
    ['then most MAYBE', [1, 1, 0, 1, 3, 0], ['b', 'a']],
    ['then fewest NO', [1, 1, 3, 1, 1, 0], ['b', 'a']],
    ['then the earliest', [1, 1, 1, 1, 1, 1], ['a', 'b']],
  ])('%s', (_, [ay, am, an, by, bm, bn], order) => {
    const slots = [
      { id: 'a', startsAt: at('2026-04-01T17:00:00Z'), yes: ay as number, maybe: am as number, no: an as number },
      { id: 'b', startsAt: at('2026-04-02T17:00:00Z'), yes: by as number, maybe: bm as number, no: bn as number },
    ];
    expect(rankSlots(slots).map((s) => s.id)).toEqual(order);
  });

  it('tallies the votes of each slot', () => {
    const slots = [{ id: 'a', startsAt: at('2026-04-01T17:00:00Z') }];
    expect(
      tallySlots(slots, [
        { slotId: 'a', vote: 'YES' },
        { slotId: 'a', vote: 'NO' },
        { slotId: 'x', vote: 'YES' },
      ]),
    ).toEqual([{ id: 'a', startsAt: slots[0]?.startsAt, yes: 1, maybe: 0, no: 1 }]);
  });
});

describe('series in Amsterdam time', () => {
  it.each([
    ['winter', '2026-01-15T18:30:00Z', '2026-01-15T19:30:00Z'],
    ['summer', '2026-06-15T17:30:00Z', '2026-06-15T19:30:00Z'],
  ])('reads and writes the wall clock in %s', (_, instant, wall) => {
    expect(toWallClock(new Date(instant)).toISOString()).toBe(new Date(wall).toISOString());
    expect(fromWallClock(new Date(wall)).toISOString()).toBe(new Date(instant).toISOString());
  });

  it('keeps 19:30 across the switch to summer time (29 March 2026)', () => {
    const result = expandSeries({
      firstStartsAt: new Date('2026-03-17T18:30:00Z'),
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3',
    });
    expect(result.problem).toBeNull();
    expect(result.sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-03-17T18:30:00.000Z',
      '2026-03-31T17:30:00.000Z',
      '2026-04-14T17:30:00.000Z',
    ]);
    expect(result.sessions[0]?.endsAt.toISOString()).toBe('2026-03-17T20:00:00.000Z');
  });

  it('keeps the time across the switch back (25 October 2026), with UNTIL', () => {
    const result = expandSeries({
      firstStartsAt: new Date('2026-10-20T17:30:00Z'),
      durationMinutes: 60,
      rrule: 'RRULE:FREQ=WEEKLY;UNTIL=20261104T000000Z',
    });
    expect(result.sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-10-20T17:30:00.000Z',
      '2026-10-27T18:30:00.000Z',
      '2026-11-03T18:30:00.000Z',
    ]);
  });

  it.each([
    ['nonsense', 'every tuesday', 'INVALID_RULE'],
    ['no frequency', 'COUNT=3', 'INVALID_RULE'],
    ['unbounded', 'FREQ=WEEKLY', 'UNBOUNDED'],
    ['too many', 'FREQ=DAILY;COUNT=500', 'TOO_MANY'],
    ['too many by UNTIL', 'FREQ=DAILY;UNTIL=20300101T000000Z', 'TOO_MANY'],
    ['its own start', 'DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY;COUNT=2', 'NOT_ALLOWED_PART'],
    ['an UNTIL before the start', 'FREQ=DAILY;UNTIL=20200101T000000Z', 'NO_SESSIONS'],
  ])('refuses %s', (_, rrule, problem) => {
    expect(expandSeries({ firstStartsAt: new Date('2026-04-07T17:30:00Z'), durationMinutes: 60, rrule }).problem).toBe(problem);
  });
});

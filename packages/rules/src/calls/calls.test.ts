import { describe, expect, it } from 'vitest';
import { addsUp, awardFits, splitProRata } from './budget.js';
import { criterionSummaries, meanScore, rankByScore, rubricMaximum, scoreRubric, spread } from './rubric.js';

const RUBRIC = [
  { id: 'education', maxPoints: 10 },
  { id: 'work', maxPoints: 20 },
  { id: 'language', maxPoints: 5 },
];
const pts = (education: number, work: number, language: number) => [
  { criterionId: 'education', points: education },
  { criterionId: 'work', points: work },
  { criterionId: 'language', points: language },
];

describe('scoring against a rubric', () => {
  it.each([
    ['every criterion within its points', pts(7, 12, 5), 24],
    ['all zero', pts(0, 0, 0), 0],
    ['all at their maximum', pts(10, 20, 5), 35],
  ])('adds up %s', (_, scores, total) => {
    expect(scoreRubric(RUBRIC, scores)).toEqual({ total, problems: [] });
  });

  it.each([
    ['points above a maximum', pts(7, 21, 5), [{ at: 1, reason: 'ABOVE_MAXIMUM', maxPoints: 20 }]],
    ['negative points', pts(-1, 2, 3), [{ at: 0, reason: 'BELOW_ZERO' }]],
    ['half points', pts(1.5, 2, 3), [{ at: 0, reason: 'NOT_WHOLE' }]],
    ['a criterion of another rubric', [...pts(1, 2, 3), { criterionId: 'x', points: 1 }], [{ at: 3, reason: 'UNKNOWN_CRITERION' }]],
    ['a criterion twice', [...pts(1, 2, 3), { criterionId: 'work', points: 1 }], [{ at: 3, reason: 'TWICE' }]],
    ['a criterion left out', pts(1, 2, 3).slice(0, 2), [{ at: null, reason: 'MISSING', criterionIds: ['language'] }]],
  ])('refuses %s', (_, scores, problems) => {
    expect(scoreRubric(RUBRIC, scores)).toEqual({ total: null, problems });
  });

  it('knows the most points a reviewer can give', () => {
    expect(rubricMaximum(RUBRIC)).toBe(35);
  });
});

describe('mean and spread of the reviewers', () => {
  it.each([
    [[], null, null],
    [[24], 24, 0],
    [[24, 30], 27, 6],
    [[10, 11, 11], 10.67, 1],
  ])('totals %j: mean %s, spread %s', (totals, mean, range) => {
    expect(meanScore(totals)).toBe(mean);
    expect(spread(totals)).toBe(range);
  });

  it('summarises each criterion over the reviews, in rubric order', () => {
    expect(criterionSummaries(RUBRIC, [pts(4, 10, 5), pts(8, 20, 1)])).toEqual([
      { criterionId: 'education', mean: 6, min: 4, max: 8 },
      { criterionId: 'work', mean: 15, min: 10, max: 20 },
      { criterionId: 'language', mean: 3, min: 1, max: 5 },
    ]);
    expect(criterionSummaries(RUBRIC, [])[0]).toEqual({ criterionId: 'education', mean: null, min: null, max: null });
  });

  it('ranks by score, unreviewed last, ties by who applied first', () => {
    const ranked = rankByScore([
      { id: 'a', score: 20, submittedAt: '2026-04-02' },
      { id: 'b', score: null, submittedAt: '2026-04-01' },
      { id: 'c', score: 31.5, submittedAt: '2026-04-03' },
      { id: 'd', score: 20, submittedAt: '2026-04-01' },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('splitting an award over co-funders', () => {
  it.each([
    ['equal shares', 10_000, [50_000, 50_000], [5_000, 5_000]],
    ['one euro left over goes to the larger fraction', 10_001, [60_000, 40_000], [6_001, 4_000]],
    ['a tie in fractions goes to the first funder', 1, [1, 1], [1, 0]],
    ['three funders, thirds', 100, [1, 1, 1], [34, 33, 33]],
    ['a funder with nothing left gets nothing', 500, [0, 1_000], [0, 500]],
    ['uneven shares', 12_345, [70_000, 20_000, 10_000], [8_642, 2_469, 1_234]],
    ['nothing to split', 0, [3, 4], [0, 0]],
  ])('%s: %i over %j is %j', (_, amount, weights, expected) => {
    const parts = splitProRata(
      amount,
      weights.map((weight, key) => ({ key, weight })),
    );
    expect(parts.map((p) => p.amount)).toEqual(expected);
    expect(addsUp(parts, amount).ok).toBe(true);
  });

  it('never gives a funder more than its weight when the amount fits', () => {
    for (let amount = 0; amount <= 301; amount++) {
      const parts = splitProRata(amount, [
        { key: 'a', weight: 101 },
        { key: 'b', weight: 100 },
        { key: 'c', weight: 100 },
      ]);
      expect(parts[0]!.amount <= 101 && parts[1]!.amount <= 100 && parts[2]!.amount <= 100).toBe(true);
    }
  });

  it.each([
    ['room left', { places: 3, awarded: 2, budget: 100, awardedAmount: 60 }, 40, { fits: true }],
    ['no place left', { places: 3, awarded: 3, budget: 100, awardedAmount: 60 }, 1, { fits: false, reason: 'NO_PLACE' }],
    ['a euro over budget', { places: 3, awarded: 1, budget: 100, awardedAmount: 60 }, 41, { fits: false, reason: 'NO_BUDGET' }],
  ])('an award with %s', (_, room, amount, expected) => {
    expect(awardFits(room, amount)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_WEIGHTS, MATCH_CRITERIA, mergeWeights } from './criteria.js';

describe('match weights', () => {
  it('default to 100 points over every criterion', () => {
    expect(Object.keys(DEFAULT_MATCH_WEIGHTS).sort()).toEqual([...MATCH_CRITERIA].sort());
    expect(Object.values(DEFAULT_MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it.each([
    ['nothing stored, no overrides: the defaults', null, null, DEFAULT_MATCH_WEIGHTS],
    ['stored weights win over the defaults', { theme: 50 }, null, { ...DEFAULT_MATCH_WEIGHTS, theme: 50 }],
    ['overrides win over stored weights', { theme: 50 }, { theme: 10 }, { ...DEFAULT_MATCH_WEIGHTS, theme: 10 }],
    ['a null override keeps the stored weight', { budget: 40 }, { budget: null }, { ...DEFAULT_MATCH_WEIGHTS, budget: 40 }],
    ['zero is a weight, not a gap', null, { text: 0 }, { ...DEFAULT_MATCH_WEIGHTS, text: 0 }],
  ])('%s', (_, base, overrides, expected) => {
    expect(mergeWeights(base, overrides)).toEqual(expected);
  });
});

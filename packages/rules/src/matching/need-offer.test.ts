import { describe, expect, it } from 'vitest';
import { type NeedOfferFacts, sameKind, scoreNeedOffer } from './need-offer.js';

const NEED: NeedOfferFacts = {
  kind: 'VOLUNTEERS',
  theme: 'VOLUNTEERING',
  municipalityCode: 'GM0344',
  provinceCode: 'PV26',
  quantity: 10,
  amount: null,
};
const names: Record<string, string> = { GM0344: 'Utrecht', GM0307: 'Amersfoort', GM0363: 'Amsterdam', PV26: 'Utrecht' };
const situation = { locale: 'nl' as const, perspective: 'need' as const, placeName: (code: string) => names[code] ?? code };

describe('needs and offers', () => {
  it('match only the same kind', () => {
    expect(sameKind(NEED, { ...NEED, kind: 'VENUE' })).toBe(false);
    expect(sameKind(NEED, NEED)).toBe(true);
  });

  it.each([
    ['the same theme, place and enough people', {}, 0.2, 100],
    ['another theme', { theme: 'EDUCATION' }, 0.2, 70],
    ['the same province', { municipalityCode: 'GM0307' }, 0.2, 88],
    ['another province', { municipalityCode: 'GM0363', provinceCode: 'PV27' }, 0.2, 70],
    ['anywhere', { municipalityCode: null, provinceCode: null }, 0.2, 94],
    ['half the people', { quantity: 5 }, 0.2, 90],
    ['no shared words', {}, 0, 80],
  ] as const)('%s', (_, offer, rank, score) => {
    const result = scoreNeedOffer(NEED, { ...NEED, ...offer }, rank, situation);
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.reasons.reduce((s, r) => s + r.points, 0)).toBeCloseTo(result.score, 10);
  });

  it.each([
    ['place', 'In Amersfoort, in uw provincie Utrecht'],
    ['capacity', 'Aangeboden 5; nodig 10'],
    ['theme', 'Thema: matching en vrijwilligerswerk (ook het uwe)'],
  ])('explains %s', (criterion, text) => {
    const result = scoreNeedOffer(NEED, { ...NEED, municipalityCode: 'GM0307', quantity: 5 }, 0.1, situation);
    expect(result.reasons.find((r) => r.criterion === criterion)?.explanation).toBe(text);
  });
});

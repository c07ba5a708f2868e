import { type CompositionCandidate, candidatePool, composeTable, defaultQuotas, type Quotas } from '@koppel/rules';
import { describe, expect, it } from 'vitest';
import { candidatesFrom } from './recompose.js';

const table = { theme: 'LABOUR_MARKET', municipalityCode: 'GM0363', provinceCode: 'PV27', capacity: 8, organiserIds: ['m1'] };
const real: CompositionCandidate[] = [
  { id: 'm1', kind: 'MUNICIPALITY', themes: [], municipalityCode: 'GM0363', provinceCode: 'PV27' },
  { id: 'f1', kind: 'FUND', themes: ['LABOUR_MARKET'], municipalityCode: null, provinceCode: null, servesPlace: 'PROVINCE' },
  { id: 'f2', kind: 'FUND', themes: [], municipalityCode: null, provinceCode: null, servesPlace: 'MUNICIPALITY' },
  { id: 'n1', kind: 'NGO', themes: ['LABOUR_MARKET'], municipalityCode: 'GM0363', provinceCode: 'PV27' },
  { id: 'n2', kind: 'NGO', themes: [], municipalityCode: 'GM0001', provinceCode: 'PV27' },
  { id: 'n3', kind: 'NGO', themes: ['LABOUR_MARKET'], municipalityCode: 'GM0001', provinceCode: 'PV20' },
  { id: 'n4', kind: 'NGO', themes: [], municipalityCode: 'GM0001', provinceCode: 'PV20' },
  { id: 'c1', kind: 'COMPANY', themes: ['LABOUR_MARKET'], municipalityCode: 'GM0363', provinceCode: 'PV27' },
  { id: 'c2', kind: 'COMPANY', themes: [], municipalityCode: 'GM0001', provinceCode: 'PV27' },
  { id: 'i1', kind: 'INITIATIVE', themes: [], municipalityCode: 'GM0363', provinceCode: 'PV27' },
];

/** What `Table.compositionCandidates` sends: the pool with its theme and geography points. */
const api = candidatePool(table, real).map((r) => ({
  kind: r.candidate.kind,
  organisation: { id: r.candidate.id, name: r.candidate.id },
  reasons: r.reasons,
}));

describe('re-composing in the browser from the API candidate pool', () => {
  it.each<[Quotas]>([
    [{ NGO: 0 }],
    [{ NGO: 3, COMPANY: 0 }],
    [defaultQuotas('LABOUR_MARKET')],
    [{ FUND: 0, INITIATIVE: 2 }],
    [{ NGO: 4, COMPANY: 2, FUND: 2 }],
  ])('gives what the API gives for quotas %j', (quotas) => {
    expect(composeTable(table, candidatesFrom(api, table), quotas)).toEqual(composeTable(table, real, quotas));
  });

  it('brings in an organisation the first suggestion left out when a quota is raised', () => {
    const first = composeTable({ ...table, capacity: 6 }, candidatesFrom(api, table), defaultQuotas('LABOUR_MARKET'));
    const raised = composeTable({ ...table, capacity: 6 }, candidatesFrom(api, table), { ...defaultQuotas('LABOUR_MARKET'), COMPANY: 2 });
    const added = raised.suggestions.filter((s) => !first.suggestions.some((f) => f.id === s.id)).map((s) => s.id);
    expect(added).toContain('c2');
  });
});

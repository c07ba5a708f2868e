import { type CompositionCandidate, composeTable, defaultQuotas } from '@koppel/rules';
import { describe, expect, it } from 'vitest';
import { candidatesFrom } from './recompose.js';

const table = { theme: 'LABOUR_MARKET', municipalityCode: 'GM0363', provinceCode: 'PV27', capacity: 8, organiserIds: ['m1'] };
const real: CompositionCandidate[] = [
  { id: 'm1', kind: 'MUNICIPALITY', themes: [], municipalityCode: 'GM0363', provinceCode: 'PV27' },
  { id: 'f1', kind: 'FUND', themes: ['LABOUR_MARKET'], municipalityCode: null, provinceCode: null, servesPlace: 'PROVINCE' },
  { id: 'n1', kind: 'NGO', themes: ['LABOUR_MARKET'], municipalityCode: 'GM0363', provinceCode: 'PV27' },
  { id: 'n2', kind: 'NGO', themes: [], municipalityCode: 'GM0001', provinceCode: 'PV27' },
  { id: 'n3', kind: 'NGO', themes: ['LABOUR_MARKET'], municipalityCode: 'GM0001', provinceCode: 'PV20' },
  { id: 'c1', kind: 'COMPANY', themes: ['LABOUR_MARKET'], municipalityCode: 'GM0363', provinceCode: 'PV27' },
  { id: 'i1', kind: 'INITIATIVE', themes: [], municipalityCode: 'GM0363', provinceCode: 'PV27' },
];

describe('re-composing in the browser from the API suggestion', () => {
  it.each([[{ NGO: 0 }], [{ NGO: 3, COMPANY: 0 }], [defaultQuotas('LABOUR_MARKET')], [{ FUND: 0, INITIATIVE: 2 }]])(
    'gives what the API would for the same pool with quotas %j',
    (quotas) => {
      const suggested = composeTable({ ...table, capacity: null }, real, defaultQuotas('LABOUR_MARKET')).suggestions;
      const api = suggested.map((s) => ({ kind: s.kind, organisation: { id: s.id, name: s.id }, reasons: s.reasons }));
      const pool = candidatesFrom(api, table);
      const pooled = new Set(pool.map((c) => c.id));
      expect(composeTable(table, pool, quotas)).toEqual(
        composeTable(
          table,
          real.filter((c) => pooled.has(c.id)),
          quotas,
        ),
      );
    },
  );
});

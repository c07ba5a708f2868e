import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ demoData: true });
}, 120_000);
afterAll(() => app?.stop());

type Row = { code: string; initiatives: number; gap: boolean; fundsServing: number; fundingCommitted: number; tables: number };
const coverage = async (level: string, theme?: string) =>
  expectData<Row[]>(
    await app.gql(
      'query ($l: RegionLevel!, $t: ThemeSlug) { coverage(level: $l, theme: $t) { code initiatives gap fundsServing fundingCommitted tables } }',
      { l: level, t: theme },
    ),
    'coverage',
  );

describe('the demo data on the map', () => {
  it('shows dense regions and gaps, for every theme', async () => {
    for (const theme of [undefined, 'EDUCATION', 'LABOUR_MARKET', 'TRAUMA_CARE', 'VOLUNTEERING', 'PUBLIC_PERCEPTION']) {
      const rows = await coverage('MUNICIPALITY', theme);
      const provinces = await coverage('PROVINCE', theme);
      const covered = rows.filter((r) => !r.gap).length;
      // Dense regions (3 or more initiatives) and many gaps, in every province something.
      expect(covered, theme).toBeGreaterThan(40);
      expect(covered, theme).toBeLessThan(300);
      expect(rows.filter((r) => r.initiatives >= 3).length, theme).toBeGreaterThanOrEqual(4);
      expect(
        provinces.every((r) => r.initiatives > 0 && r.fundsServing > 0),
        theme,
      ).toBe(true);
      if (!theme) {
        expect(rows.filter((r) => r.fundingCommitted > 0).length).toBeGreaterThan(0);
        expect(rows.filter((r) => r.tables > 0).length).toBeGreaterThan(0);
      }
    }
  });
});

import { loadMunicipalities } from '@koppel/reference-data/regions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('reference data', () => {
  it('lists the five themes in their fixed order, named in the request language', async () => {
    const query = '{ themes { slug name } }';
    const dutch = await app.gql(query, {}, { language: 'nl' });
    const english = await app.gql(query, {}, { language: 'en' });
    expect(dutch.data?.themes.map((t: { slug: string }) => t.slug)).toEqual([
      'EDUCATION',
      'LABOUR_MARKET',
      'TRAUMA_CARE',
      'VOLUNTEERING',
      'PUBLIC_PERCEPTION',
    ]);
    expect(dutch.data?.themes[3].name).toBe('matching en vrijwilligerswerk');
    expect(english.data?.themes[3].name).toBe('matching and volunteering');
  });

  it('defaults to Dutch without an Accept-Language header', async () => {
    const response = await app.gql('{ themes { name } }', {}, { headers: { 'accept-language': '' } });
    expect(response.data?.themes[0].name).toBe('onderwijs');
  });

  it('lists all 12 provinces and every municipality of the CBS list', async () => {
    const response = await app.gql('{ provinces { code name municipalities { code } } municipalities { code } }');
    expect(response.data?.provinces).toHaveLength(12);
    expect(response.data?.municipalities).toHaveLength(loadMunicipalities().length);
    expect(response.data?.municipalities).toHaveLength(342);
    const perProvince = response.data?.provinces.map((p: { municipalities: unknown[] }) => p.municipalities.length);
    expect(perProvince.reduce((a: number, b: number) => a + b, 0)).toBe(342);
  });

  it.each([
    ['sudwest', ['Súdwest-Fryslân']],
    ['SÚDWEST', ['Súdwest-Fryslân']],
    ['gravenhage', ["'s-Gravenhage"]],
    ['100%', []],
  ])('finds municipalities ignoring case and accents: %s', async (search, names) => {
    const response = await app.gql('query ($search: String) { municipalities(search: $search) { name } }', { search });
    expect(response.data?.municipalities.map((m: { name: string }) => m.name)).toEqual(names);
  });

  it('filters municipalities by province', async () => {
    const response = await app.gql('{ municipalities(provinceCode: "PV24") { code province { code } } }');
    expect(response.data?.municipalities).toHaveLength(6);
    expect(new Set(response.data?.municipalities.map((m: { province: { code: string } }) => m.province.code))).toEqual(new Set(['PV24']));
  });

  it('resolves nested regions without a query per row', async () => {
    const small = await app.countStatements(() =>
      app.gql('{ municipalities(provinceCode: "PV24") { province { municipalities { name } } } }'),
    );
    const large = await app.countStatements(() => app.gql('{ municipalities { province { municipalities { name } } } }'));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(3);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, startTestApp, type TestApp } from '../testing/test-app.js';

/** The demo data's two story funds rank their initiatives as the story says (api/src/seed/demo/match-stories.ts). */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ demoData: true });
});
afterAll(() => app?.stop());

const titlesFor = async (name: string) => {
  const [fund] = await app.sql("SELECT id FROM organisation WHERE name = $1 AND kind = 'FUND'", [name]);
  const response = await app.gql('query ($f: ID!) { matchInitiatives(fundId: $f, first: 100) { score initiative { title } } }', {
    f: fund?.id,
  });
  return expectData<{ initiative: { title: string } }[]>(response, 'matchInitiatives').map((m) => m.initiative.title);
};

describe('the demo funds', () => {
  it('a national trauma fund: the national programme first, the clinic that asks too much below the women’s group', async () => {
    const titles = await titlesFor('Landelijk Fonds Trauma en Veerkracht');
    expect(titles[0]).toBe('Veerkracht na de vlucht');
    expect(titles.indexOf('EMDR-kliniek voor asielzoekers')).toBeGreaterThan(
      titles.indexOf('Praatgroepen voor vluchtelingenvrouwen Rotterdam'),
    );
  });

  it('a regional education fund: Utrecht first, then its province, then outside it', async () => {
    const titles = await titlesFor('Utrechts Onderwijsfonds');
    expect(titles[0]).toBe('Huiswerkklas Kanaleneiland');
    expect(titles.indexOf('Taalcoaches Amersfoort')).toBeLessThan(
      titles.indexOf('Taalcafé Groningen') === -1 ? Infinity : titles.indexOf('Taalcafé Groningen'),
    );
  });
});

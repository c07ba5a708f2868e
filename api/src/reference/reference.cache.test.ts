import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const ZWOLLE = '{ municipalities(search: "Zwolle") { code } provinces { code municipalities { code name } } }';

describe('reference cache', () => {
  it('serves nested reference data without SQL once warm', async () => {
    await app.gql(ZWOLLE);
    const statements = await app.countStatements(() => app.gql('{ provinces { municipalities { name province { name } } } }'));
    expect(statements).toBe(1);
  });

  it('sees a change made directly in the database at once (NOTIFY), in every process', async () => {
    const rename = (name: string) => app.sql(`UPDATE municipality SET name = $1 WHERE code = 'GM0193'`, [name]);
    const nameOfZwolle = async () => {
      const response = await app.gql('{ provinces { municipalities { code name } } }');
      const all = response.data?.provinces.flatMap((p: { municipalities: { code: string; name: string }[] }) => p.municipalities);
      return all.find((m: { code: string }) => m.code === 'GM0193')?.name;
    };
    expect(await nameOfZwolle()).toBe('Zwolle');
    await rename('Zwolle (test)');
    await expect.poll(nameOfZwolle, { timeout: 2000 }).toBe('Zwolle (test)');
    await rename('Zwolle');
    await expect.poll(nameOfZwolle, { timeout: 2000 }).toBe('Zwolle');
  });
});

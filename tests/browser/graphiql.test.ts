import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { foreignRequests, record, startBrowserTest } from './support.js';

describe('GraphiQL, served by Koppel at /graphql', () => {
  let app: TestApp;
  let browser: Browser;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, browser, stop } = await startBrowserTest());
  });
  afterAll(async () => {
    await stop?.();
  });

  it('opens in a browser and runs { themes { slug } }, with no console errors and nothing from other hosts', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const recorded = record(context, page);
    const refused: string[] = [];
    page.on('response', async (answer) => {
      if (new URL(answer.url()).pathname === '/graphql' && answer.status() >= 400)
        refused.push(`${answer.status()} ${await answer.text()}`);
    });

    const response = await page.goto(`${app.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Koppel · GraphQL API');

    const editor = page.locator('.graphiql-query-editor .monaco-editor');
    await editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // insertText, not type: Monaco would auto-close every typed brace.
    await page.keyboard.insertText('{ themes { slug } }');
    await page.getByRole('button', { name: /Execute query/ }).click();

    const answer = page.locator('.graphiql-response .view-lines');
    await expect.poll(() => answer.textContent(), { timeout: 10_000 }).toContain('PUBLIC_PERCEPTION');
    const result = JSON.parse(((await answer.textContent()) ?? '').replace(/\u00a0/g, ' '));
    expect(result.data.themes.map((theme: { slug: string }) => theme.slug)).toEqual([
      'EDUCATION',
      'LABOUR_MARKET',
      'TRAUMA_CARE',
      'VOLUNTEERING',
      'PUBLIC_PERCEPTION',
    ]);

    // The schema (docs explorer, completion) comes from introspection, which the API must answer.
    expect(refused).toEqual([]);
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').textContent(), { timeout: 10_000 }).toContain('Query');

    // Monaco's workers (editor, JSON, GraphQL) came from Koppel itself, bundled by Vite.
    expect(recorded.requests.filter((url) => url.includes('.worker')).length).toBeGreaterThanOrEqual(2);
    expect(foreignRequests(recorded.requests)).toEqual([]);
    expect(recorded.errors).toEqual([]);
    await context.close();
  });
});

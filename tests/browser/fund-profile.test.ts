import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, expectToast, JOURNEY_TIMEOUT, poll, signInAs, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

describe('a fund edits its profile', () => {
  let app: TestApp;
  let browser: Browser;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, browser, stop } = await startBrowserTest({ demoData: true }));
  });
  afterAll(async () => {
    await stop?.();
  });

  it.each(VIEWPORTS)(
    'changes budget, grant range and a match weight; a wrong range is named at its field ($name)',
    async (viewport) => {
      const journey = await startJourney(browser, 'fund-profile', viewport);
      const { page } = journey;
      const budget = viewport.width === 1280 ? '180000' : '240000';

      await signInAs(page, app.url, 'fonds@koppel.demo');
      await expectHeading(page, 'Mijn organisaties');
      const fund = page.getByRole('list', { name: 'Mijn organisaties' }).getByRole('link').first();
      const name = (await fund.textContent()) ?? '';
      await fund.click();
      await expectHeading(page, name);
      await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Fondsprofiel' }).click();
      await expectHeading(page, `${name}: fondsprofiel`);
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('fund profile');

      // A largest grant below the smallest: the API names the field; the input stays.
      await page.getByLabel('Kleinste bijdrage (euro)').fill('50000');
      await page.getByLabel('Grootste bijdrage (euro)').fill('1000');
      await page.getByRole('button', { name: 'Fondsprofiel opslaan' }).click();
      await expect.poll(() => page.locator('[aria-invalid="true"]').count(), poll).toBeGreaterThan(0);
      expect(await page.getByLabel('Grootste bijdrage (euro)').inputValue()).toBe('1000');
      await journey.checkAccessibility('fund profile, refused');

      await page.getByLabel('Kleinste bijdrage (euro)').fill('5000');
      await page.getByLabel('Grootste bijdrage (euro)').fill('60000');
      await page.getByLabel('Nog beschikbaar budget').fill(budget);
      await page.getByLabel('Thema', { exact: true }).fill('35');
      await page.getByRole('button', { name: 'Fondsprofiel opslaan' }).click();
      await expectToast(page, 'Het fondsprofiel is opgeslagen.');
      expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);

      // Saved for real: a reload shows it, and so does the public page.
      await page.reload();
      await expect.poll(() => page.getByLabel('Nog beschikbaar budget').inputValue(), poll).toBe(budget);
      expect(await page.getByLabel('Thema', { exact: true }).inputValue()).toBe('35');
      await page.getByRole('link', { name: `← ${name}` }).click();
      await expectHeading(page, name);
      await expect
        .poll(() => page.getByRole('region', { name: 'Fondsprofiel' }).textContent(), poll)
        .toContain(Number(budget).toLocaleString('nl-NL'));
      await journey.checkAccessibility('fund, public page');

      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

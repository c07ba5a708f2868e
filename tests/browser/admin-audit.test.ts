import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../api/src/testing/accounts.js';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, expectToast, JOURNEY_TIMEOUT, poll, signInAs, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

describe('an alliance admin', () => {
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
    'appoints an admin, corrects a municipality and reads both in the audit log with filters ($name)',
    async (viewport) => {
      const journey = await startJourney(browser, 'admin-audit', viewport);
      const { page } = journey;
      const newcomer = await signUp(app, { name: `Nieuwe beheerder ${viewport.name}` });
      const population = viewport.width === 1280 ? '90123' : '90456';

      await signInAs(page, app.url, 'admin@koppel.demo');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
      await expectHeading(page, 'Alliantiebeheer');
      await page.getByRole('cell', { name: 'admin@koppel.demo' }).waitFor();
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('admins');

      await page.getByLabel('E-mailadres').fill(newcomer.email);
      await page.getByRole('button', { name: 'Benoemen' }).click();
      await expectToast(page, `Nieuwe beheerder ${viewport.name} is nu beheerder.`);
      await page.getByRole('cell', { name: newcomer.email }).waitFor();

      // Reference data: Zwolle's population.
      await page.getByRole('navigation', { name: 'Beheer', exact: true }).getByRole('link', { name: 'Gemeenten' }).click();
      await expectHeading(page, 'Gemeenten corrigeren');
      const choose = page.getByRole('combobox', { name: 'Gemeente' });
      await choose.fill('zwolle');
      await choose.press('Enter');
      await page.getByLabel('Inwoners').fill(population);
      await journey.checkAccessibility('municipality');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expectToast(page, 'Zwolle is bijgewerkt.');

      // The audit log, filtered by action; the filter lives in the address.
      await page.getByRole('navigation', { name: 'Beheer', exact: true }).getByRole('link', { name: 'Auditlog' }).click();
      await expectHeading(page, 'Auditlog');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'wijziging' }).textContent(), poll).toMatch(/\d+ wijziging/);
      await journey.checkAccessibility('audit log');
      await page.getByLabel('Actie').fill('updateMunicipality');
      await page.getByRole('button', { name: 'Filteren' }).click();
      await expect.poll(() => page.url(), poll).toContain('actie=updateMunicipality');
      const rows = page.getByRole('region', { name: 'Auditlog' }).getByRole('row');
      // While the filtered page loads, the previous one stays on screen: wait for the filtered answer.
      await expect.poll(() => rows.filter({ hasText: 'appointAdmin' }).count(), poll).toBe(0);
      await expect.poll(() => rows.filter({ hasText: 'updateMunicipality' }).count(), poll).toBeGreaterThan(0);
      expect(await rows.nth(1).textContent()).toContain('Anouk Bakker');
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('audit log, filtered');

      await page.reload();
      await expect.poll(() => page.getByLabel('Actie').inputValue(), poll).toBe('updateMunicipality');
      await expect.poll(() => rows.filter({ hasText: 'updateMunicipality' }).count(), poll).toBeGreaterThan(0);

      await page.goto(`${app.url}/beheer/auditlog?actie=appointAdmin`);
      await expect.poll(() => rows.filter({ hasText: 'appointAdmin' }).count(), poll).toBeGreaterThan(0);

      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'is the only one who sees the admin pages: others get a not-found page',
    async () => {
      const journey = await startJourney(browser, 'admin-forbidden', { name: 'desktop', width: 1280, height: 900 });
      await signInAs(journey.page, app.url, 'bezoeker@koppel.demo');
      await journey.page.goto(`${app.url}/beheer/auditlog`);
      await expectHeading(journey.page, 'Deze pagina bestaat niet');
      expect(await journey.page.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

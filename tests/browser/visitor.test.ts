import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, JOURNEY_TIMEOUT, poll, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

describe('a visitor explores the registry', () => {
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
    'filters initiatives by theme, municipality and search, opens one, and the filters survive a reload ($name)',
    async (viewport) => {
      const journey = await startJourney(browser, 'visitor', viewport);
      const { page } = journey;
      const expected = await app.gql(
        '{ initiatives(filter: { themes: [EDUCATION], municipalityCodes: ["GM0344"] }) { totalCount edges { node { title } } } }',
      );
      const total: number = expected.data?.initiatives.totalCount;
      expect(total).toBeGreaterThan(0);

      await page.goto(`${app.url}/initiatieven`);
      await expectHeading(page, 'Initiatieven');
      const status = page.getByRole('status').filter({ hasText: 'gevonden' });
      await expect.poll(() => status.textContent(), poll).toMatch(/initiatieven gevonden/);
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('initiatives');

      // On a phone the filters are folded away; open them.
      const filters = page.locator('details', { has: page.locator('summary', { hasText: 'Filters' }) });
      if (!(await filters.evaluate((details: HTMLDetailsElement) => details.open))) await filters.locator('summary').click();

      await page.getByRole('checkbox', { name: /^onderwijs$/i }).click();
      await expect.poll(() => page.url(), poll).toContain('thema=EDUCATION');
      const municipality = page.getByRole('combobox', { name: 'Gemeenten' });
      await municipality.fill('utrecht');
      await expect.poll(() => page.getByRole('option', { name: /^Utrecht/ }).count(), poll).toBeGreaterThan(0);
      await municipality.press('Enter');
      await municipality.press('Escape');
      await expect.poll(() => page.url(), poll).toContain('gemeente=GM0344');
      await expect.poll(() => status.textContent(), poll).toBe(total === 1 ? '1 initiatief gevonden' : `${total} initiatieven gevonden`);
      expect(
        await page
          .getByRole('list', { name: /Gemeenten: 1 gekozen/ })
          .getByText('Utrecht')
          .count(),
      ).toBe(1);
      await journey.checkAccessibility('initiatives, filtered');

      // A shared link opens the same list.
      const shared = page.url();
      await page.reload();
      await expect.poll(() => status.textContent(), poll).toBe(total === 1 ? '1 initiatief gevonden' : `${total} initiatieven gevonden`);
      expect(await page.locator('input[name="thema"][value="EDUCATION"]').isChecked()).toBe(true);
      expect(await filters.locator('summary').textContent()).toBe('Filters (2)');

      const first: string = expected.data?.initiatives.edges[0].node.title;
      await page.getByRole('link', { name: first, exact: true }).first().click();
      await expectHeading(page, first);
      expect(page.url()).toMatch(/\/initiatieven\/[0-9a-f-]{36}$/);
      // Contact details are for signed-in users only.
      await page.getByRole('link', { name: 'Log in om de contactgegevens te zien.' }).waitFor();
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('initiative');

      // The initiative's page opens directly too (deep link, reload).
      const initiativeUrl = page.url();
      await page.goto(initiativeUrl);
      await expectHeading(page, first);

      await page.goBack();
      await expect.poll(() => page.url(), poll).toBe(shared);
      await expect.poll(() => status.textContent(), poll).toMatch(/gevonden/);

      // Organisations: filter by kind, open one.
      await page.goto(`${app.url}/organisaties?soort=FUND`);
      await expectHeading(page, 'Organisaties');
      const orgStatus = page.getByRole('status').filter({ hasText: 'gevonden' });
      await expect.poll(() => orgStatus.textContent(), poll).toMatch(/organisaties? gevonden/);
      await journey.checkAccessibility('organisations');
      const fund = page.getByRole('list', { name: 'Organisaties' }).getByRole('link').first();
      const fundName = (await fund.textContent()) ?? '';
      await fund.click();
      await expectHeading(page, fundName);
      await page.getByRole('heading', { name: 'Fondsprofiel' }).waitFor();
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('organisation');

      // An unknown address is a not-found page inside the frame.
      await page.goto(`${app.url}/initiatieven/00000000-0000-0000-0000-000000000000`);
      await expectHeading(page, 'Deze pagina bestaat niet');
      await page.goto(`${app.url}/bestaat-niet`);
      await expectHeading(page, 'Deze pagina bestaat niet');
      await journey.checkAccessibility('not found');

      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../api/src/testing/accounts.js';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, expectToast, JOURNEY_TIMEOUT, poll, signInAs, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

describe('an OWNER manages the members of the NGO', () => {
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
    'adds an existing account as EDITOR, and the editor then sees the organisation as theirs ($name)',
    async (viewport) => {
      const journey = await startJourney(browser, 'members', viewport);
      const { page } = journey;
      const colleague = await signUp(app, { name: `Collega ${viewport.name}` });

      // Members pages need a signed-in viewer: a visitor is sent to /inloggen and comes back.
      await page.goto(`${app.url}/mijn-organisaties`);
      await page.waitForURL(/\/inloggen\?terug=%2Fmijn-organisaties$/);
      await journey.checkAccessibility('sign in');
      await page.getByLabel('E-mailadres').fill('ngo@koppel.demo');
      await page.getByLabel('Wachtwoord').fill('koppel-demo-2026');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL(/\/mijn-organisaties$/);
      await expectHeading(page, 'Mijn organisaties');
      await journey.checkAccessibility('my organisations');

      const organisation = page.getByRole('list', { name: 'Mijn organisaties' }).getByRole('link').first();
      const name = (await organisation.textContent()) ?? '';
      await organisation.click();
      await expectHeading(page, name);
      await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Leden' }).click();
      await expectHeading(page, `${name}: leden`);
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('members');

      // An unknown address is named at the field, and what was typed stays.
      await page.getByLabel('E-mail', { exact: true }).fill('niemand-hier@example.nl');
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await page.locator('[id$="-error"]').first().waitFor();
      expect(await page.getByLabel('E-mail', { exact: true }).inputValue()).toBe('niemand-hier@example.nl');

      await page.getByLabel('E-mail', { exact: true }).fill(colleague.email);
      await page.getByLabel('Rol', { exact: true }).selectOption('EDITOR');
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await expectToast(page, `Collega ${viewport.name} is toegevoegd als redacteur.`);
      const row = page.getByRole('row', { name: new RegExp(`Collega ${viewport.name}`) });
      await expect.poll(() => row.getByRole('combobox').inputValue(), poll).toBe('EDITOR');
      await journey.checkAccessibility('members, added');

      // The editor signs in and finds the organisation among theirs, as editor.
      await page.getByRole('link', { name: 'Account' }).click();
      await expectHeading(page, 'Uw account');
      await journey.checkAccessibility('account');
      // A personal API token: shown once, then listed, then revoked.
      await page.getByLabel('Waarvoor is het token?').fill(`script ${viewport.name}`);
      await page.getByRole('button', { name: 'Token aanmaken' }).click();
      await expect.poll(() => page.getByTestId('new-token').textContent(), poll).toMatch(/\S{20,}/);
      await journey.checkAccessibility('account, new token');
      await page.getByRole('button', { name: `Token “script ${viewport.name}” intrekken` }).click();
      await expectToast(page, `Token “script ${viewport.name}” is ingetrokken.`);
      await expect.poll(() => page.getByTestId('new-token').count(), poll).toBe(0);
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('link', { name: 'Inloggen' }).waitFor();
      await signInAs(page, app.url, colleague.email, 'zeven-kleine-geitjes-42');
      await expectHeading(page, 'Mijn organisaties');
      const card = page.getByRole('list', { name: 'Mijn organisaties' }).getByRole('listitem').filter({ hasText: name });
      await expect.poll(() => card.textContent(), poll).toContain('Redacteur');

      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

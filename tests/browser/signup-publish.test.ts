import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, expectToast, JOURNEY_TIMEOUT, poll, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

describe('a new user registers an NGO and publishes an initiative', () => {
  let app: TestApp;
  let browser: Browser;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, browser, stop } = await startBrowserTest());
  });
  afterAll(async () => {
    await stop?.();
  });

  it.each(VIEWPORTS)(
    'signs up, creates the NGO, saves a draft, sees the missing fields named, completes and publishes it ($name)',
    async (viewport) => {
      const journey = await startJourney(browser, 'signup-publish', viewport);
      const { page } = journey;
      const suffix = randomBytes(3).toString('hex');
      const email = `nieuw-${suffix}@example.nl`;

      // Sign up: the password rules are shown before submitting; the API's verdict lands at the field, input kept.
      await page.goto(`${app.url}/registreren`);
      await expectHeading(page, 'Registreren');
      expect(await page.getByText('minstens 10 tekens').isVisible()).toBe(true);
      await page.getByLabel('Naam', { exact: true }).fill('Sanne de Boer');
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill('kort');
      await journey.checkAccessibility('sign up');
      await page.getByRole('button', { name: 'Account aanmaken' }).click();
      const passwordError = page.locator('[id$="-error"]').filter({ hasText: /10/ });
      await passwordError.waitFor();
      expect(await page.getByLabel('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Sanne de Boer');
      await journey.checkAccessibility('sign up, refused');

      await page.getByLabel('Wachtwoord').fill('een-lang-en-eigen-wachtwoord');
      await page.getByRole('button', { name: 'Account aanmaken' }).click();
      await page.waitForURL(/\/mijn-organisaties$/);
      await expectHeading(page, 'Mijn organisaties');
      await expectToast(page, 'Welkom bij Koppel, Sanne de Boer');
      await journey.checkAccessibility('my organisations, empty');

      // Register the NGO.
      await page.getByRole('link', { name: 'Organisatie registreren' }).click();
      await expectHeading(page, 'Organisatie registreren');
      const organisationName = `Taalhuis Zwolle ${suffix}`;
      await page.getByLabel('Naam', { exact: true }).fill(organisationName);
      expect(await page.getByLabel('Soort organisatie').inputValue()).toBe('NGO');
      await page.getByRole('checkbox', { name: /^onderwijs$/i }).check();
      const home = page.getByRole('combobox', { name: 'Vestigingsgemeente' });
      await home.fill('zwolle');
      await home.press('Enter');
      await page
        .getByRole('list', { name: /Vestigingsgemeente: 1 gekozen/ })
        .getByText('Zwolle')
        .waitFor();
      await journey.checkAccessibility('new organisation');
      await page.getByRole('button', { name: 'Organisatie registreren' }).click();
      await expectHeading(page, organisationName);
      await page.getByText('U bent eigenaar van deze organisatie.').waitFor();
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('organisation, as owner');

      // A draft with only a title and a theme.
      await page.getByRole('link', { name: 'Nieuw initiatief' }).first().click();
      await expectHeading(page, 'Nieuw initiatief');
      const title = `Taalmaatjes aan de IJssel ${suffix}`;
      await page.getByLabel('Titel').fill(title);
      await page.getByRole('checkbox', { name: /^onderwijs$/i }).check();
      await journey.checkAccessibility('new initiative');
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await expectHeading(page, title);
      expect(await page.getByText('Concept', { exact: true }).first().isVisible()).toBe(true);
      await page.getByText(`Dit is een concept. Alleen leden van ${organisationName} zien het`).waitFor();
      await journey.checkAccessibility('draft initiative');

      // Publishing names what is missing.
      await page.getByRole('button', { name: 'Publiceren' }).click();
      const missing = page.getByRole('alert').filter({ hasText: 'Nog niet te publiceren' });
      await missing.waitFor();
      const named = await missing.getByRole('listitem').locator('strong').allTextContents();
      expect(named).toEqual(
        expect.arrayContaining(['Samenvatting', 'Gemeenten of landelijk', 'Doelgroepen', 'Gevraagd budget', 'Eerste dag', 'Laatste dag']),
      );
      await journey.checkAccessibility('publish refused');

      // Complete it: the edit form marks the missing fields.
      await missing.getByRole('link', { name: 'Aanvullen' }).click();
      await expectHeading(page, `${title} bewerken`);
      expect(await page.getByText('Vul dit in om te kunnen publiceren.').count()).toBeGreaterThanOrEqual(5);
      await journey.checkAccessibility('edit initiative, missing marked');
      await page.getByLabel('Samenvatting').fill('Vrijwillige taalmaatjes oefenen wekelijks Nederlands met nieuwkomers in Zwolle.');
      const where = page.getByRole('combobox', { name: 'Gemeenten' });
      await where.fill('zwolle');
      await where.press('Enter');
      await where.press('Escape');
      await page.getByRole('checkbox', { name: /^statushouders$/i }).check();
      await page.getByLabel('Eerste dag').fill('2027-02-01');
      await page.getByLabel('Laatste dag').fill('2027-12-31');
      await page.getByLabel('Gevraagd budget (euro)').fill('12500');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expectHeading(page, title);
      await expectToast(page, 'De wijzigingen zijn opgeslagen.');

      await page.getByRole('button', { name: 'Publiceren' }).click();
      await expectToast(page, 'Het initiatief is gepubliceerd');
      await expect.poll(() => page.getByText('Gepubliceerd', { exact: true }).count(), poll).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Publiceren' }).count()).toBe(0);
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('published initiative');

      // Anyone finds it now.
      const found = await app.gql('query ($q: String) { initiatives(filter: { search: $q }) { edges { node { title status } } } }', {
        q: 'taalmaatjes IJssel',
      });
      expect(found.data?.initiatives.edges.map((edge: { node: { title: string } }) => edge.node.title)).toContain(title);

      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, expectToast, JOURNEY_TIMEOUT, poll, signInAs, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

const [DESKTOP, PHONE] = VIEWPORTS;
const TITLE = 'Taalcafés in de wijk: oproep uit de browsertest';

describe('calls for proposals', () => {
  let app: TestApp;
  let browser: Browser;
  let stop: () => Promise<void>;
  let callPath = '';

  beforeAll(async () => {
    ({ app, browser, stop } = await startBrowserTest({ demoData: true }));
  });
  afterAll(async () => {
    await stop?.();
  });

  it(
    'a funder writes and opens a call; an NGO applies; a reviewer scores per criterion; the funder awards (1280 px)',
    async () => {
      // The funder: the call editor, then the call's page as a draft; opens it and names a reviewer.
      const funder = await startJourney(browser, 'calls-funder', DESKTOP);
      let page = funder.page;
      await signInAs(page, app.url, 'fonds@koppel.demo');
      await page.goto(`${app.url}/oproepen`);
      await expectHeading(page, 'Oproepen');
      await expect.poll(() => page.getByRole('list', { name: 'Oproepen' }).getByRole('listitem').count(), poll).toBeGreaterThan(0);
      await funder.checkAccessibility('calls');
      await page.getByRole('link', { name: 'Nieuwe oproep' }).click();
      await expectHeading(page, 'Nieuwe oproep');
      await page.getByLabel('Titel').fill(TITLE);
      await page
        .getByLabel('Beschrijving', { exact: true })
        .first()
        .fill('Voor taalcafés waar nieuwkomers en buren elkaar wekelijks ontmoeten.');
      await page.getByLabel('Bijdrage van het fonds aan het budget (euro)').fill('30000');
      await page.getByRole('group', { name: 'Thema’s' }).getByRole('checkbox').first().check();
      await page.getByLabel('Kleinste bijdrage (euro)').fill('1000');
      await page.getByLabel('Grootste bijdrage (euro)').fill('10000');
      await page.getByLabel('Aantal plaatsen').fill('3');
      await page.getByLabel('Naam', { exact: true }).fill('Bereik');
      await page.getByRole('button', { name: 'Criterium toevoegen' }).click();
      await page.getByLabel('Naam', { exact: true }).nth(1).fill('Haalbaarheid');
      await page.getByLabel('Hoogstens punten').nth(1).fill('5');
      await funder.checkAccessibility('call editor');
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await expectHeading(page, TITLE);
      callPath = new URL(page.url()).pathname;
      expect(callPath).toMatch(/^\/oproepen\/[^/]+$/);
      await page.getByRole('button', { name: 'Oproep openen' }).click();
      await expectToast(page, 'De oproep is geopend.');
      await page.getByLabel('E-mailadres van een beoordelaar').fill('kennis@koppel.demo');
      await page.getByRole('button', { name: 'Beoordelaar toevoegen' }).click();
      await expectToast(page, 'De beoordelaar is toegevoegd.');
      await page.getByText('Karim Haddad').waitFor();
      await funder.checkAccessibility('call, funder');

      // The NGO finds the call in the list and applies with a published initiative.
      const ngo = await startJourney(browser, 'calls-ngo', DESKTOP);
      page = ngo.page;
      await signInAs(page, app.url, 'ngo@koppel.demo');
      await page.goto(`${app.url}/oproepen?q=${encodeURIComponent('taalcafés')}`);
      await page.getByRole('link', { name: TITLE }).click();
      await expectHeading(page, TITLE);
      await expect.poll(() => page.getByRole('region', { name: 'Beoordelingscriteria' }).textContent(), poll).toContain('Haalbaarheid');
      const initiative = page.getByLabel('Initiatief', { exact: true });
      await initiative.waitFor();
      const initiativeTitle = ((await initiative.locator('option:checked').textContent()) ?? '').replace(/ \(.*\)$/, '');
      // Outside the grant range: the API names the field.
      await page.getByLabel('Gevraagd bedrag (euro)').fill('50000');
      await page.getByLabel('Motivatie').fill('Ons taalcafé draait al twee jaar; met deze bijdrage openen we een tweede locatie.');
      await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
      await expect.poll(() => page.locator('[aria-invalid="true"]').count(), poll).toBeGreaterThan(0);
      await ngo.checkAccessibility('call, refused application');
      await page.getByLabel('Gevraagd bedrag (euro)').fill('8000');
      await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
      await expectToast(page, 'Uw aanvraag is ingediend.');
      await expect.poll(() => page.getByRole('region', { name: 'Uw aanvragen' }).first().textContent(), poll).toContain('Ingediend');
      await ngo.checkAccessibility('call, applied');
      // Its members see the open calls that fit on the initiative's page.
      await page.getByRole('region', { name: 'Uw aanvragen' }).first().getByRole('link', { name: initiativeTitle }).click();
      await expectHeading(page, initiativeTitle);
      await page.getByRole('region', { name: 'Passende oproepen' }).waitFor();
      await ngo.checkAccessibility('initiative, matching calls');
      await ngo.finish();

      // The reviewer scores it on every criterion.
      const reviewer = await startJourney(browser, 'calls-reviewer', DESKTOP);
      page = reviewer.page;
      await signInAs(page, app.url, 'kennis@koppel.demo');
      await page.goto(`${app.url}${callPath}`);
      await expectHeading(page, TITLE);
      const form = page.getByRole('form', { name: `Beoordeling van ${initiativeTitle}` });
      await form.getByLabel('Bereik (0–10)').fill('8');
      await form.getByLabel('Haalbaarheid (0–5)').fill('4');
      await form.getByLabel('Toelichting').fill('Sterk bereik in de wijk; begroting is helder.');
      await reviewer.checkAccessibility('call, reviewer');
      await form.getByRole('button', { name: 'Beoordeling opslaan' }).click();
      await expectToast(page, 'Uw beoordeling is opgeslagen.');
      await expect.poll(() => page.getByText('Uw totaal: 12').count(), poll).toBe(1);
      // Coming back, the form holds the points given (scoring again replaces them).
      await page.reload();
      await expect.poll(() => form.getByLabel('Haalbaarheid (0–5)').inputValue(), poll).toBe('4');
      await reviewer.finish();

      // The funder sees the score, closes the call and awards.
      page = funder.page;
      await page.reload();
      await expectHeading(page, TITLE);
      const board = page.getByRole('row', { name: new RegExp(initiativeTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      await expect.poll(() => board.textContent(), poll).toContain('12.0');
      await board.getByText('Details').click();
      await expect.poll(() => board.textContent(), poll).toContain('Bereik: gemiddeld 8 van 10 (8–8)');
      await page.getByRole('button', { name: 'Oproep sluiten' }).click();
      await expectToast(page, 'De oproep is gesloten');
      await page.getByRole('button', { name: `Toekennen… ${initiativeTitle}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Aanvraag toekennen' });
      expect(await dialog.getByLabel('Toe te kennen bedrag (euro)').inputValue()).toBe('8000');
      await funder.checkAccessibility('award dialog');
      await dialog.getByRole('button', { name: 'Toekennen', exact: true }).click();
      await expectToast(page, 'De aanvraag is toegekend.');
      await expect.poll(() => board.textContent(), poll).toContain('Toegekend');
      await expect.poll(() => page.getByRole('complementary').textContent(), poll).toContain('2 van 3');
      await funder.checkAccessibility('call, awarded');
      await funder.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'a visitor reads the open calls and a call with its rubric, places left and deadline (375 px)',
    async () => {
      const journey = await startJourney(browser, 'calls-visitor', PHONE);
      const { page } = journey;
      await page.goto(`${app.url}/oproepen`);
      await expectHeading(page, 'Oproepen');
      const list = page.getByRole('list', { name: 'Oproepen' });
      await expect.poll(() => list.getByRole('listitem').count(), poll).toBeGreaterThan(0);
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('calls (phone)');
      const first = list.getByRole('heading', { level: 2 }).first();
      const title = (await first.textContent()) ?? '';
      await first.getByRole('link').click();
      await expectHeading(page, title);
      await page.getByRole('region', { name: 'Beoordelingscriteria' }).waitFor();
      const facts = (await page.getByRole('complementary').textContent()) ?? '';
      expect(facts).toContain('Deadline');
      expect(facts).toContain('Plaatsen over');
      await expect.poll(() => page.getByRole('region', { name: 'Aanvragen' }).textContent(), poll).toContain('Log in');
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('call (phone)');

      // The funder's board of a closed demo call, with scores: it scrolls in its own box, the page does not.
      await signInAs(page, app.url, 'fonds@koppel.demo');
      await page.goto(`${app.url}/oproepen?status=CLOSED`);
      await page.getByRole('link', { name: /^Samen aan het werk/ }).click();
      await page
        .getByRole('row', { name: /In beoordeling/ })
        .first()
        .waitFor();
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('call, funder (phone)');
      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

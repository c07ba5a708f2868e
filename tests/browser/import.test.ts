import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, JOURNEY_TIMEOUT, poll, signInAs, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

const [DESKTOP] = VIEWPORTS;
const ROWS = 1200;
const HEADER = 'title;summary;description;themes;municipalityCodes;national;targetGroups;budgetRequested;startsOn;endsOn';

/** A `;`-separated CSV with a BOM, as a Dutch spreadsheet saves it; `bad` maps row numbers (from 1) to a broken row. */
function csv(bad: Record<number, string> = {}): Buffer {
  const lines = [HEADER];
  for (let row = 1; row <= ROWS; row++) {
    lines.push(
      bad[row] ??
        `Taalmaatjes browsertest ${row};Taalcoach en statushouder oefenen samen.;Een uur per week.;EDUCATION|VOLUNTEERING;GM0193;nee;STATUSHOUDERS;${1000 + row};2026-09-01;2027-08-31`,
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const BAD = {
  7: 'Sterrenkijken 7;Kort.;Lang.;ASTRONOMY;GM0193;nee;;1000;2026-09-01;2027-08-31',
  500: 'Onbekende gemeente 500;Kort.;Lang.;EDUCATION;GM9999;nee;;1000;2026-09-01;2027-08-31',
  1100: 'Verkeerde datum 1100;Kort.;Lang.;EDUCATION;GM0193;nee;;1000;2026-13-45;2027-08-31',
};

/** Collects what every progress bar said while it was on the page (it may come and go between two polls). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('[role="progressbar"]')) {
        const text = `${bar.getAttribute('aria-valuenow') ?? '-'}|${bar.getAttribute('aria-valuetext') ?? ''}`;
        if (seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

describe('importing initiatives from a CSV file', () => {
  let app: TestApp;
  let browser: Browser;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, browser, stop } = await startBrowserTest({ demoData: true }));
  });
  afterAll(async () => {
    await stop?.();
  });

  it(
    'an NGO member checks a file with bad rows, sees progress and the errors by row, fixes it and imports (1280 px)',
    async () => {
      const journey = await startJourney(browser, 'import', DESKTOP);
      const { page } = journey;
      await signInAs(page, app.url, 'ngo@koppel.demo');
      const organisationId: string = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ me { memberships { role organisation { id kind } } } }' }),
        });
        const body = await response.json();
        return body.data.me.memberships.find((m: { organisation: { kind: string } }) => m.organisation.kind === 'NGO').organisation.id;
      });
      await page.goto(`${app.url}/organisaties/${organisationId}`);
      await page.getByRole('link', { name: 'Initiatieven importeren' }).click();
      await expectHeading(page, 'Initiatieven importeren');
      expect(await page.getByRole('link', { name: 'Sjabloon downloaden (CSV)' }).getAttribute('href')).toBe(
        '/api/initiatives-template.csv',
      );
      await journey.checkAccessibility('import');

      // Check only: three bad rows, each named by row and column; nothing written.
      await watchProgress(page);
      await page.getByLabel('CSV-bestand').setInputFiles({ name: 'initiatieven.csv', mimeType: 'text/csv', buffer: csv(BAD) });
      await page.getByRole('button', { name: 'Alleen controleren' }).click();
      await page.getByText(`Controle klaar: ${ROWS - 3} rijen zijn in orde, 3 rijen hebben fouten.`).waitFor();
      const seen = await progressSeen(page);
      expect(seen.length).toBeGreaterThan(0);
      // The upload's percentage, then the API's own count of checked rows.
      expect(seen.some((entry) => /^\d+\|Bestand versturen: \d+%$/.test(entry))).toBe(true);
      expect(seen.some((entry) => /^-\|(Rijen controleren…|\d+ rijen gecontroleerd, \d+ met fouten…)$/.test(entry))).toBe(true);
      const errors = page.getByRole('region', { name: 'Fouten per rij', exact: true });
      const cells = () =>
        errors.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [row.children[0]?.textContent, row.children[1]?.textContent]));
      await expect.poll(cells, poll).toEqual([
        ['7', 'themes'],
        ['500', 'municipalityCodes'],
        ['1100', 'startsOn'],
      ]);
      await journey.checkAccessibility('import, errors');

      // Importing the same file without skipping writes nothing.
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await page.getByText('Niets geïmporteerd: 3 rijen hebben fouten.', { exact: false }).waitFor();

      // Fixed and uploaded again: every row is imported as a draft.
      await page.getByLabel('CSV-bestand').setInputFiles({ name: 'initiatieven.csv', mimeType: 'text/csv', buffer: csv() });
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await page.getByText(`${ROWS} initiatieven geïmporteerd als concept.`).waitFor();
      expect(await errors.count()).toBe(0);
      await page.getByRole('link', { name: 'Naar de initiatieven van de organisatie' }).click();
      await expect.poll(() => page.getByText('Taalmaatjes browsertest', { exact: false }).count(), poll).toBeGreaterThan(0);
      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

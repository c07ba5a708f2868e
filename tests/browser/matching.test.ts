import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectToast, JOURNEY_TIMEOUT, poll, signInAs, startBrowserTest, startJourney, VIEWPORTS, type Viewport } from './support.js';

/** The titles of the match cards, in the order shown. */
const cardTitles = (page: Page) =>
  page
    .getByRole('list', { name: /: matches$/ })
    .getByRole('heading', { level: 2 })
    .allTextContents();

/** On a phone the weights and filters fold away above the results. */
async function openSidebar(page: Page, viewport: Viewport) {
  if (viewport.width >= 1280) return;
  await page.getByText('Gewichten en filters', { exact: true }).click();
}

describe('a fund works through its matches', () => {
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
    'reads why the first fits, re-ranks by budget without a request, shortlists one (with undo) and downloads the shortlist ($name)',
    async (viewport) => {
      const journey = await startJourney(browser, 'matching', viewport);
      const { page, recorded } = journey;

      await signInAs(page, app.url, 'fonds@koppel.demo');
      const link = page.getByRole('link', { name: /^Matches bekijken: / });
      const fundName = ((await link.getAttribute('aria-label')) ?? '').replace('Matches bekijken: ', '');
      await link.click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), poll).toBe(`${fundName}: matches`);
      const fundId = new URL(page.url()).pathname.split('/')[2] ?? '';

      // The first card is the API's first match too, with its score and the API's reason for each criterion, in words.
      const api = await app.gql<{
        matchInitiatives: { score: number; initiative: { title: string }; reasons: { explanation: string }[] }[];
      }>(
        'query ($f: ID!) { matchInitiatives(fundId: $f, first: 10) { score initiative { title } reasons { explanation } } }',
        { f: fundId },
        { language: 'nl' },
      );
      const best = api.data?.matchInitiatives[0];
      // Ranked in the browser with the shared rules, under the saved weights: the API's own order.
      await expect.poll(() => cardTitles(page), poll).toEqual(api.data?.matchInitiatives.map((match) => match.initiative.title));
      const first = page
        .getByRole('list', { name: /: matches$/ })
        .getByRole('listitem')
        .first();
      expect(await first.textContent()).toContain(`${best?.score.toLocaleString('nl-NL')} van 100`);
      const why = first.getByRole('list', { name: `Waarom ${best?.initiative.title} past` });
      expect(await why.getByRole('listitem').allTextContents()).toEqual(
        best?.reasons.map((reason) => expect.stringContaining(reason.explanation)),
      );
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('matches');

      // Budget counts heavily now: the order changes, worked out in the browser without asking the API.
      await openSidebar(page, viewport);
      const before = await cardTitles(page);
      const graphqlRequests = () => recorded.requests.filter((url) => new URL(url).pathname === '/graphql').length;
      const requestsBefore = graphqlRequests();
      const budget = page.getByRole('slider', { name: 'Budget' });
      await budget.focus();
      await page.keyboard.press('End');
      expect(await budget.getAttribute('aria-valuetext')).toBe('Budget: 60 punten, 41% van de score');
      await expect.poll(() => cardTitles(page), poll).not.toEqual(before);
      await page.keyboard.press('ArrowLeft');
      expect(await budget.inputValue()).toBe('59');
      await page.waitForTimeout(200);
      expect(graphqlRequests()).toBe(requestsBefore);

      // Shortlist the best match that is not on the shortlist yet; undo; shortlist it again.
      const card = page
        .getByRole('list', { name: /: matches$/ })
        .getByRole('listitem')
        .filter({ has: page.getByRole('button', { name: /^Op shortlist zetten: / }) })
        .first();
      const title = (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
      const initiativeId =
        ((await card.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href')) ?? '').split('/').pop() ?? '';
      // Titles need not be unique: from here on, the card is the one linking to this initiative.
      const chosen = page.getByRole('listitem').filter({ has: page.locator(`a[href="/initiatieven/${initiativeId}"]`) });
      await chosen.getByRole('button', { name: `Op shortlist zetten: ${title}` }).click();
      await expectToast(page, `${title} staat op de shortlist.`);
      await page.getByRole('region', { name: 'Meldingen' }).getByRole('button', { name: 'Ongedaan maken' }).first().click();
      await expectToast(page, 'Ongedaan gemaakt.');
      await expect.poll(() => decisionOf(app, fundId, initiativeId), poll).toBe(null);
      await chosen.getByRole('button', { name: `Op shortlist zetten: ${title}` }).click();
      await chosen.getByRole('button', { name: `Van shortlist halen: ${title}` }).waitFor();
      await expect.poll(() => decisionOf(app, fundId, initiativeId), poll).toBe('SHORTLISTED');
      await journey.checkAccessibility('matches, shortlisted');

      // The shortlist as CSV, with the session cookie.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Shortlist downloaden (CSV)' }).click(),
      ]);
      const csv = await readFile(await download.path(), 'utf8');
      expect(csv).toContain(title);

      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it('dismisses a match with undo, and saves the weights as the fund’s default', async () => {
    const journey = await startJourney(browser, 'matching-save', VIEWPORTS[0]);
    const { page } = journey;
    await signInAs(page, app.url, 'fonds@koppel.demo');
    await page.getByRole('link', { name: /^Matches bekijken: / }).click();
    await page.waitForURL(/\/matches$/);
    const fundId = new URL(page.url()).pathname.split('/')[2] ?? '';

    const first = page
      .getByRole('list', { name: /: matches$/ })
      .getByRole('listitem')
      .first();
    const href = (await first.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href')) ?? '';
    const title = (await first.getByRole('heading', { level: 2 }).textContent()) ?? '';
    await first.getByRole('button', { name: `Afwijzen: ${title}` }).click();
    await expectToast(page, `${title} is afgewezen.`);
    await expect.poll(() => page.locator(`a[href="${href}"]`).count(), poll).toBe(0);
    await page.getByRole('region', { name: 'Meldingen' }).getByRole('button', { name: 'Ongedaan maken' }).first().click();
    await expect.poll(() => page.locator(`a[href="${href}"]`).count(), poll).toBe(1);

    const text = page.getByRole('slider', { name: 'Tekst' });
    await text.focus();
    await page.keyboard.press('Home');
    expect(await text.getAttribute('aria-valuetext')).toMatch(/^Tekst: 0 punten, 0% van de score$/);
    await page.getByRole('button', { name: 'Opslaan als standaard' }).click();
    await expectToast(page, 'De gewichten zijn opgeslagen als standaard van het fonds.');
    const [profile] = await app.sql<{ match_weights: Record<string, number> }>(
      'SELECT match_weights FROM fund_profile WHERE organisation_id = $1',
      [fundId],
    );
    expect(profile?.match_weights.text).toBe(0);
    await journey.finish();
  });

  it.each(VIEWPORTS)(
    "shows an initiative's members the funds that fit it, and offers that meet its needs ($name)",
    async (viewport) => {
      const journey = await startJourney(browser, 'matching-initiative', viewport);
      const { page } = journey;
      const [initiative] = await app.sql<{ id: string; title: string }>(
        `SELECT i.id, i.title FROM initiative i JOIN membership ms ON ms.organisation_id = i.organisation_id
           JOIN account a ON a.id = ms.account_id
          WHERE a.email = 'ngo@koppel.demo' AND i.status = 'PUBLISHED'
            AND EXISTS (SELECT 1 FROM need n WHERE n.initiative_id = i.id AND n.status = 'OPEN')
          ORDER BY i.title LIMIT 1`,
      );

      await signInAs(page, app.url, 'ngo@koppel.demo');
      await page.goto(`${app.url}/initiatieven/${initiative?.id}`);
      const funds = page.getByRole('region', { name: 'Passende fondsen' });
      const first = funds.getByRole('listitem').first();
      await first.waitFor();
      await first.locator('summary').click();
      expect(
        await first
          .getByRole('list', { name: /^Waarom .* past$/ })
          .getByRole('listitem')
          .count(),
      ).toBe(7);
      await page
        .getByRole('list', { name: /^Passend aanbod: / })
        .first()
        .waitFor();
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('initiative with its matches');
      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

async function decisionOf(app: TestApp, fundId: string, initiativeId: string): Promise<string | null> {
  const rows = await app.sql<{ decision: string }>('SELECT decision FROM match_decision WHERE fund_id = $1 AND initiative_id = $2', [
    fundId,
    initiativeId,
  ]);
  return rows[0]?.decision ?? null;
}

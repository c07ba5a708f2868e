import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, JOURNEY_TIMEOUT, poll, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

const [DESKTOP, PHONE] = VIEWPORTS;
const REGIONS = 'svg[role="group"] path[role="button"]';

/** The fill of every region on the map, in path order. */
const fills = (page: Page) => page.locator(REGIONS).evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));

describe('the overview map (/overzicht)', () => {
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
    'renders both levels from this origin only, by keyboard and screen reader, with a sortable table and recolouring (1280 px)',
    async () => {
      const journey = await startJourney(browser, 'overview', DESKTOP);
      const { page } = journey;
      await page.goto(`${app.url}/overzicht`);
      await expectHeading(page, 'Overzicht');
      await expect.poll(() => page.locator(REGIONS).count(), poll).toBe(12);
      // Every region has its figures, so none keeps the "no data" grey.
      await expect.poll(async () => (await fills(page)).filter((fill) => fill === '#e4e4e0').length, poll).toBe(0);
      expect(journey.recorded.requests.some((url) => /\/assets\/regions\.topo-[\w-]+\.json$/.test(url))).toBe(true);
      await journey.checkAccessibility('overview, provinces');

      // Keyboard: from the figure select, Tab passes the skip link and lands on the first region, whose accessible
      // name carries its figures; the panel shows them; Enter selects it and offers its lists.
      await page.getByLabel('Cijfer', { exact: true }).focus();
      let focused = '';
      for (let i = 0; i < 4 && !focused.startsWith('path:'); i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => {
          const element = document.activeElement;
          return element?.tagName === 'path' ? `path:${element.getAttribute('data-code')}` : (element?.tagName ?? '');
        });
      }
      expect(focused).toMatch(/^path:PV\d\d$/);
      const code = focused.slice('path:'.length);
      const region = page.locator(`${REGIONS}[data-code="${code}"]`);
      const name = (await region.getAttribute('aria-label')) ?? '';
      expect(name).toMatch(/^[^:]+: Initiatieven \d+, per 100\.000 [\d,.]+, fondsen \d+, gevraagd €\s[\d.]+/);
      const regionName = name.split(/[,:]/)[0] ?? '';
      await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
      await expect.poll(() => page.locator('aside h3').textContent(), poll).toContain(regionName);
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('regio'), poll).toBe(code);
      await expect.poll(() => region.getAttribute('aria-pressed'), poll).toBe('true');
      expect(await page.getByRole('link', { name: 'Initiatieven hier' }).getAttribute('href')).toBe(`/initiatieven?provincie=${code}`);
      expect(await page.getByRole('link', { name: 'Fondsen hier' }).getAttribute('href')).toBe(
        `/organisaties?soort=FUND&provincie=${code}`,
      );

      // The table sorts: by inhabitants (largest first), then again (smallest first).
      const table = page.getByRole('region', { name: 'Alle cijfers per regio', exact: true });
      const header = table.getByRole('columnheader', { name: 'Inwoners' });
      await header.getByRole('button').click();
      await expect.poll(() => header.getAttribute('aria-sort'), poll).toBe('descending');
      const populations = () =>
        table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number((row.children[1]?.textContent ?? '').replace(/\D/g, ''))));
      const descending = await populations();
      expect(descending).toHaveLength(12);
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
      await header.getByRole('button').click();
      await expect.poll(() => header.getAttribute('aria-sort'), poll).toBe('ascending');
      expect(await populations()).toEqual([...descending].reverse());
      expect(new URL(page.url()).searchParams.get('sorteer')).toBe('population');

      // Another figure and another theme recolour the map (and the address keeps them).
      const before = await fills(page);
      await page.getByLabel('Cijfer', { exact: true }).selectOption({ label: 'Toegezegde financiering' });
      await expect.poll(async () => JSON.stringify(await fills(page)), poll).not.toBe(JSON.stringify(before));
      const byFunding = await fills(page);
      await page.getByLabel('Thema', { exact: true }).selectOption({ index: 1 });
      await expect.poll(async () => JSON.stringify(await fills(page)), poll).not.toBe(JSON.stringify(byFunding));
      expect(new URL(page.url()).searchParams.get('cijfer')).toBe('toegezegd');
      expect(new URL(page.url()).searchParams.get('thema')).toBeTruthy();

      // Municipalities: all 342, gaps hatched at a glance.
      await page.getByLabel('Cijfer', { exact: true }).selectOption({ label: 'Initiatieven' });
      await page.getByRole('radio', { name: 'Gemeenten' }).click();
      await expect.poll(() => page.locator(REGIONS).count(), poll).toBe(342);
      await expect.poll(() => page.locator(`${REGIONS}[data-gap]`).count(), poll).toBeGreaterThan(0);
      const gaps = await page.locator(`${REGIONS}[data-gap]`).count();
      expect(gaps).toBeLessThan(342);
      expect(await page.locator(`${REGIONS}[data-gap]`).first().getAttribute('fill')).toMatch(/^url\(#/);
      await expect.poll(() => table.locator('tbody tr').count(), poll).toBe(342);
      // Every municipality has a name with its figures (axe on 342 regions and a 342-row table takes half a minute on
      // the shared test machine; the same markup is checked at province level above and on the phone).
      const unnamed = await page
        .locator(REGIONS)
        .evaluateAll((paths) => paths.filter((path) => !path.getAttribute('aria-label')?.includes(': ')).length);
      expect(unnamed).toBe(0);
      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'fits a phone: the map scales, the table scrolls in its own box (375 px)',
    async () => {
      const journey = await startJourney(browser, 'overview', PHONE);
      const { page } = journey;
      await page.goto(`${app.url}/overzicht?niveau=gemeente`);
      await expectHeading(page, 'Overzicht');
      await expect.poll(() => page.locator(REGIONS).count(), poll).toBe(342);
      const map = await page.locator('svg[role="group"]').boundingBox();
      expect(map?.width).toBeGreaterThan(250);
      expect(map?.width).toBeLessThanOrEqual(375);
      await journey.expectNoHorizontalScroll();
      const scroll = await page
        .getByRole('region', { name: 'Alle cijfers per regio', exact: true })
        .evaluate((box) => ({ client: box.clientWidth, scroll: box.scrollWidth }));
      expect(scroll.scroll).toBeGreaterThan(scroll.client);
      await page.getByRole('radio', { name: 'Provincies' }).click();
      await expect.poll(() => page.locator(REGIONS).count(), poll).toBe(12);
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('overview, phone');
      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "dashboards: the alliance's totals and trend, a fund's commitments by province and its map, a municipality's tables (1280 px)",
    async () => {
      const journey = await startJourney(browser, 'overview-dashboards', DESKTOP);
      const { page } = journey;
      await page.goto(`${app.url}/overzicht`);
      const dashboard = page.getByRole('region', { name: 'Per thema' });
      await expect.poll(() => dashboard.getByRole('region', { name: 'Per thema' }).locator('tbody tr').count(), poll).toBe(5);
      await expect.poll(() => dashboard.getByRole('region', { name: 'Trend' }).locator('tbody tr').count(), poll).toBe(12);
      expect(await dashboard.getByRole('img').getAttribute('aria-label')).toContain('Gepubliceerde initiatieven per maand');
      expect(await page.getByRole('link', { name: '360Giving (JSON)' }).getAttribute('href')).toBe('/api/360giving.json');

      // A fund's page: its commitments by province, and its own map.
      const fundId: string = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ organisations(filter: { kinds: [FUND] }, first: 1) { edges { node { id } } } }' }),
        });
        return (await response.json()).data.organisations.edges[0].node.id;
      });
      await page.goto(`${app.url}/organisaties/${fundId}`);
      const fund = page.getByRole('region', { name: 'Per regio' });
      await fund.waitFor();
      await fund.getByRole('link', { name: 'Op de kaart' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('organisatie'), poll).toBe(fundId);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), poll).toMatch(/^Overzicht van /);
      await expect.poll(() => page.locator(REGIONS).count(), poll).toBe(12);
      await journey.checkAccessibility('overview of a fund');

      // A municipality that organises round-tables: its page lists them (the tables feature's panel; for its members
      // also the follow-up: open commitments and actions).
      const municipalityId: string = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: '{ tables(filter: { kinds: [LOCAL_TABLE] }, first: 20) { edges { node { organiser { id kind } } } } }',
          }),
        });
        const body = await response.json();
        return body.data.tables.edges.find((edge: { node: { organiser: { kind: string } } }) => edge.node.organiser.kind === 'MUNICIPALITY')
          .node.organiser.id;
      });
      await page.goto(`${app.url}/organisaties/${municipalityId}`);
      const tables = page.getByRole('region', { name: 'Tafels', exact: true });
      await expect.poll(() => tables.getByRole('link').count(), poll).toBeGreaterThan(0);
      await journey.checkAccessibility('municipality dashboard');
      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { foreignRequests, type Recorded, record, SCREENSHOTS, startBrowserTest } from './support.js';

const DUTCH_THEMES = [
  'Onderwijs',
  'Toeleiding naar de arbeidsmarkt',
  'Trauma en geestelijke gezondheidszorg',
  'Matching en vrijwilligerswerk',
  'Beeldvorming',
];
const ENGLISH_THEMES = [
  'Education',
  'Labour-market access',
  'Trauma care and mental health',
  'Matching and volunteering',
  'Public perception',
];

const poll = { timeout: 10_000, interval: 50 };

describe('the home page', () => {
  let app: TestApp;
  let browser: Browser;
  let stop: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  let recorded: Recorded;

  beforeAll(async () => {
    ({ app, browser, stop } = await startBrowserTest());
  });
  afterAll(async () => {
    await stop?.();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    recorded = record(context, page);
  });
  afterEach(async () => {
    await context.close();
  });

  const themeNames = (regionName: string) =>
    page.getByRole('region', { name: regionName }).getByRole('heading', { level: 3 }).allTextContents();
  const htmlLang = () => page.evaluate(() => document.documentElement.lang);

  it('lists the five themes in Dutch, with the CBS attribution, loading nothing from other hosts', async () => {
    await page.goto(app.url);
    await expect.poll(() => themeNames('Vijf thema’s'), poll).toEqual(DUTCH_THEMES);
    expect(await htmlLang()).toBe('nl');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Samen sterker voor nieuwkomers');
    expect(await page.getByRole('contentinfo').textContent()).toContain('Bron: CBS');
    expect(await page.getByRole('link', { name: 'GraphQL API', exact: true }).getAttribute('href')).toBe('/graphql');
    expect(recorded.errors).toEqual([]);
    expect(foreignRequests(recorded.requests)).toEqual([]);
  });

  it('switches to English: texts, theme names and the html lang, and keeps the choice after a reload', async () => {
    await page.goto(app.url);
    await expect.poll(() => themeNames('Vijf thema’s'), poll).toEqual(DUTCH_THEMES);

    await page.getByRole('button', { name: 'EN English' }).click();
    await expect.poll(() => themeNames('Five themes'), poll).toEqual(ENGLISH_THEMES);
    expect(await htmlLang()).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Stronger together for newcomers');
    expect(await page.getByRole('button', { name: 'EN English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toContain('newcomers');

    await page.reload();
    await expect.poll(() => themeNames('Five themes'), poll).toEqual(ENGLISH_THEMES);
    expect(await htmlLang()).toBe('en');

    await page.getByRole('button', { name: 'NL Nederlands' }).click();
    await expect.poll(() => themeNames('Vijf thema’s'), poll).toEqual(DUTCH_THEMES);
    expect(await htmlLang()).toBe('nl');
    expect(recorded.errors).toEqual([]);
  });

  it('finds Súdwest-Fryslân when searching "sudwest", without accents', async () => {
    await page.goto(app.url);
    await page.getByLabel('Zoek een gemeente').fill('sudwest');
    const rows = page.getByRole('table').getByRole('rowheader');
    await expect.poll(() => rows.allTextContents(), poll).toEqual(['Súdwest-Fryslân']);
    expect(await page.getByRole('status').textContent()).toBe('1 gemeente gevonden');
    expect(page.url()).toContain('q=sudwest');
    expect(recorded.errors).toEqual([]);
  });

  it('lists the municipalities of a province chosen in the list or in the overview', async () => {
    await page.goto(app.url);
    await page.getByLabel('Provincie').selectOption({ label: 'Fryslân' });
    const rows = page.getByRole('table').getByRole('rowheader');
    await expect.poll(() => rows.count(), poll).toBe(18);
    expect(await rows.allTextContents()).toEqual(expect.arrayContaining(['Leeuwarden', 'Súdwest-Fryslân']));
    expect(await page.getByRole('heading', { name: 'Gemeenten in Fryslân' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Alle provincies tonen' }).click();
    await page.getByRole('link', { name: /^Utrecht/ }).click();
    await expect.poll(() => rows.count(), poll).toBe(26);
    expect(await rows.allTextContents()).toContain('Amersfoort');
    expect(page.url()).toContain('province=PV26');
    // Focus moves to the heading that replaced the link, so keyboard and screen-reader users are not lost.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gemeenten in Utrecht');

    await page.goBack();
    await expect.poll(() => page.getByRole('link', { name: /^Utrecht/ }).count(), poll).toBe(1);
    expect(recorded.errors).toEqual([]);
  });

  it('fits a 375×667 phone without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 667 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    await page.goto(app.url);
    await expect.poll(() => themeNames('Vijf thema’s'), poll).toHaveLength(5);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}home-phone.png`, fullPage: true });
    expect(await overflow()).toBe(0);

    // The longest names: Noord-Brabant has "Nuenen, Gerwen en Nederwetten".
    await page.goto(`${app.url}/?province=PV30`);
    await expect.poll(() => page.getByRole('table').getByRole('rowheader').count(), poll).toBe(56);
    expect(await overflow()).toBe(0);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(app.url);
    await expect.poll(() => themeNames('Vijf thema’s'), poll).toHaveLength(5);
    await page.screenshot({ path: `${SCREENSHOTS}home-desktop.png`, fullPage: true });
  });

  it('has no serious or critical accessibility violations (axe), in Dutch and in English', async () => {
    const seriousViolations = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    };

    await page.goto(app.url);
    await expect.poll(() => themeNames('Vijf thema’s'), poll).toHaveLength(5);
    expect(await seriousViolations()).toEqual([]);

    await page.getByLabel('Provincie').selectOption({ label: 'Zeeland' });
    await expect.poll(() => page.getByRole('table').getByRole('rowheader').count(), poll).toBe(13);
    expect(await seriousViolations()).toEqual([]);

    await page.getByRole('button', { name: 'EN English' }).click();
    await page.getByRole('button', { name: 'Show all provinces' }).click();
    await expect.poll(() => themeNames('Five themes'), poll).toEqual(ENGLISH_THEMES);
    expect(await seriousViolations()).toEqual([]);
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, JOURNEY_TIMEOUT, poll, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

describe('a visitor switches the language', () => {
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
    'to English and back: texts, API texts and <html lang>, remembered after a reload ($name)',
    async (viewport) => {
      const journey = await startJourney(browser, 'language', viewport);
      const { page } = journey;
      const htmlLang = () => page.evaluate(() => document.documentElement.lang);

      await page.goto(`${app.url}/initiatieven?thema=EDUCATION`);
      await expectHeading(page, 'Initiatieven');
      expect(await htmlLang()).toBe('nl');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'gevonden' }).count(), poll).toBe(1);

      await page.getByRole('button', { name: 'EN English' }).click();
      await expectHeading(page, 'Initiatives');
      expect(await htmlLang()).toBe('en');
      // Theme names come from the API in the request language.
      await expect.poll(() => page.getByRole('list', { name: 'Themes' }).first().textContent(), poll).toMatch(/education/i);
      expect(page.url()).toContain('thema=EDUCATION');
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('initiatives, English');

      await page.reload();
      await expectHeading(page, 'Initiatives');
      expect(await htmlLang()).toBe('en');

      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Organisations' }).click();
      await expectHeading(page, 'Organisations');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'found' }).textContent(), poll).toMatch(/organisations? found/);
      await journey.checkAccessibility('organisations, English');
      await page.getByRole('link', { name: 'Sign in' }).click();
      await expectHeading(page, 'Sign in');
      await journey.checkAccessibility('sign in, English');

      await page.getByRole('button', { name: 'NL Nederlands' }).click();
      await expectHeading(page, 'Inloggen');
      expect(await htmlLang()).toBe('nl');
      await page.goto(`${app.url}/`);
      await expectHeading(page, 'Samen sterker voor nieuwkomers');
      await journey.checkAccessibility('home, Dutch');

      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import { startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/browser/', import.meta.url));

/** The real Koppel (API serving the built web app) and a headless Chromium: one of each per test file. */
export async function startBrowserTest(
  options: { demoData?: boolean } = {},
): Promise<{ app: TestApp; browser: Browser; stop(): Promise<void> }> {
  if (!existsSync(WEB_DIST)) throw new Error('web/dist is missing: run `npm run build -w web` before the browser tests');
  const [app, browser] = await Promise.all([
    startTestApp({ demoData: options.demoData ?? false }),
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    }),
  ]);
  return {
    app,
    browser,
    async stop() {
      // The browser first: its keep-alive connections would otherwise hold up the server's graceful close.
      await browser.close();
      await app.stop();
    },
  };
}

export interface Recorded {
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page (and its workers) requested. */
  requests: string[];
}

/** Records what a page logs as errors and which URLs it asks for, to prove it needs nothing but Koppel itself. */
export function record(context: BrowserContext, page: Page): Recorded {
  const recorded: Recorded = { errors: [], requests: [] };
  context.on('request', (request) => recorded.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') recorded.errors.push(message.text());
  });
  page.on('pageerror', (error) => recorded.errors.push(error.message));
  return recorded;
}

/** URLs that leave this machine: anything but localhost, data: and blob:. */
export function foreignRequests(requests: string[]): string[] {
  return requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return hostname !== '127.0.0.1' && hostname !== 'localhost' && hostname !== '[::1]';
  });
}

/** The widths every journey runs at: a laptop and a small phone. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 740 },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];

/** The password of the demo accounts (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'koppel-demo-2026';

export const poll = { timeout: 10_000, interval: 50 };

/** A whole journey with axe on every page; generous, as the test machine's two cores are shared. */
export const JOURNEY_TIMEOUT = 120_000;

export interface Journey {
  page: Page;
  context: BrowserContext;
  recorded: Recorded;
  /** Runs axe on the page as it is now; serious and critical violations are collected and fail the journey at the end. */
  checkAccessibility(label: string): Promise<void>;
  /** No horizontal scrolling (the page fits the viewport). */
  expectNoHorizontalScroll(): Promise<void>;
  /** Fails on console errors and accessibility violations; closes the browser context. */
  finish(): Promise<void>;
}

/**
 * One journey in a fresh browser context at one viewport. A failing test keeps a screenshot of where it was in
 * `test-results/browser/<name>.png`.
 */
export async function startJourney(browser: Browser, name: string, viewport: Viewport): Promise<Journey> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const recorded = record(context, page);
  const violations: string[] = [];
  let closed = false;
  onTestFailed(async () => {
    if (closed) return;
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${viewport.name}.png`, fullPage: true }).catch(() => {});
    await context.close().catch(() => {});
  });
  return {
    page,
    context,
    recorded,
    async checkAccessibility(label) {
      const results = await new AxeBuilder({ page }).analyze();
      for (const violation of results.violations) {
        if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
        violations.push(`${label} (${viewport.name}): ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    },
    async expectNoHorizontalScroll() {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${page.url()}`).toBe(0);
    },
    async finish() {
      expect(violations).toEqual([]);
      expect(recorded.errors).toEqual([]);
      expect(foreignRequests(recorded.requests)).toEqual([]);
      closed = true;
      await context.close();
    },
  };
}

/** Signs in through the sign-in page, as a person would, and waits until the app has moved on. */
export async function signInAs(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/** Waits until the page's h1 says `text`: after a click, the next (lazily loaded) page may take a moment. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect
    .poll(
      () =>
        page
          .getByRole('heading', { level: 1 })
          .textContent()
          .catch(() => null),
      poll,
    )
    .toBe(text);
}

/** Waits for a notification (toast) saying `text`, in the page's "Meldingen" region. */
export async function expectToast(page: Page, text: string): Promise<void> {
  await page.getByRole('region', { name: 'Meldingen' }).getByText(text, { exact: false }).first().waitFor();
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/src/testing/test-app.js';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/browser/', import.meta.url));

/** The real Koppel (API serving the built web app) and a headless Chromium: one of each per test file. */
export async function startBrowserTest(): Promise<{ app: TestApp; browser: Browser; stop(): Promise<void> }> {
  if (!existsSync(WEB_DIST)) throw new Error('web/dist is missing: run `npm run build -w web` before the browser tests');
  const [app, browser] = await Promise.all([
    startTestApp({ demoData: false }),
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

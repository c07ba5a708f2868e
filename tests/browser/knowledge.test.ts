import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../api/src/testing/test-app.js';
import { expectHeading, expectToast, JOURNEY_TIMEOUT, poll, signInAs, startBrowserTest, startJourney, VIEWPORTS } from './support.js';

const EDITOR = 'ngo-editor@koppel.demo';
const OWNER = 'ngo@koppel.demo';

describe('the knowledge library in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, browser, stop } = await startBrowserTest({ demoData: true }));
  });
  afterAll(async () => {
    await stop?.();
  });

  /** On a phone the filters are folded away. */
  async function openFilters(page: Page) {
    const filters = page.locator('details', { has: page.locator('summary', { hasText: 'Filters' }) });
    if (!(await filters.evaluate((details: HTMLDetailsElement) => details.open))) await filters.locator('summary').click();
  }

  it.each(VIEWPORTS)(
    'a visitor searches in Dutch, filters, opens an item, copies a quote, prints it and prints a briefing ($name)',
    async (viewport) => {
      const journey = await startJourney(browser, 'knowledge-visitor', viewport);
      const { page, context } = journey;
      if (viewport.name === 'desktop') {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
      } else {
        // A browser that refuses the clipboard: the quote opens in a dialog instead.
        await page.addInitScript(() => {
          Object.defineProperty(navigator, 'clipboard', {
            value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
          });
        });
      }

      // "vluchtelingen" also finds "vluchteling" (Dutch stemming).
      await page.goto(`${app.url}/kennisbank`);
      await expectHeading(page, 'Kennisbank');
      await openFilters(page);
      await page.getByLabel('Zoek in vragen en antwoorden').fill('vluchtelingen');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await expect.poll(() => page.url(), poll).toContain('q=vluchtelingen');
      const status = page.getByRole('status').filter({ hasText: 'gevonden' });
      await expect.poll(() => status.textContent(), poll).toMatch(/^\d+ vragen gevonden$/);
      const results = page.getByRole('list', { name: 'Kennisbank' });
      expect(await results.getByText('Komen de meeste vluchtelingen naar Europa?').count()).toBe(1);
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('knowledge library, searched');

      // Theme filter: trauma care only.
      await page.getByRole('checkbox', { name: /^trauma/i }).click();
      await expect.poll(() => page.url(), poll).toContain('thema=TRAUMA_CARE');
      await expect.poll(() => results.getByText('Komen de meeste vluchtelingen naar Europa?').count(), poll).toBe(0);
      const questions = await results.getByRole('heading', { level: 2 }).allTextContents();
      expect(questions).toContain('Hebben veel vluchtelingen last van trauma?');
      await page.getByRole('checkbox', { name: 'Media' }).click();
      await expect.poll(() => page.url(), poll).toContain('voor=MEDIA');
      await journey.checkAccessibility('knowledge library, filtered');

      // Two items into the briefing basket.
      await page.getByRole('button', { name: /Kies voor briefing: Hebben veel vluchtelingen last van trauma/ }).click();
      await page.goto(`${app.url}/kennisbank?q=europa`);
      await page.getByRole('button', { name: /Kies voor briefing: Komen de meeste vluchtelingen naar Europa/ }).click();
      await page.getByText('2 vragen gekozen').waitFor();

      // Open an item.
      await results.getByRole('link', { name: 'Komen de meeste vluchtelingen naar Europa?' }).click();
      await expectHeading(page, 'Komen de meeste vluchtelingen naar Europa?');
      await page.getByRole('heading', { name: 'Bronnen' }).waitFor();
      expect(await page.getByRole('button', { name: /Kies voor briefing/ }).getAttribute('aria-pressed')).toBe('true');
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('knowledge item');

      // Copy as quote: the quote carries its source.
      await page.getByRole('button', { name: 'Kopieer als citaat' }).click();
      if (viewport.name === 'desktop') {
        await expectToast(page, 'Het citaat is gekopieerd');
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toMatch(/^“Nee\. .*” — .+ \(Bron: .+https:\/\//);
      } else {
        const dialog = page.getByRole('dialog', { name: 'Citaat kopiëren' });
        await dialog.waitFor();
        expect(await dialog.getByLabel('Citaat').inputValue()).toMatch(/\(Bron: .+https:\/\//);
        await journey.checkAccessibility('copy quote, fallback');
        await dialog.getByRole('button', { name: 'Sluiten' }).click();
      }

      // The print view: no navigation or buttons, the sources with their addresses.
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      const printButton = page.getByRole('button', { name: 'Printen / PDF' });
      const sourceUrl = page
        .locator('ol li')
        .filter({ hasText: 'UNHCR' })
        .getByText(/^https:\/\//);
      expect(await nav.isVisible()).toBe(true);
      expect(await sourceUrl.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await nav.isVisible()).toBe(false);
      expect(await printButton.isVisible()).toBe(false);
      expect(await page.locator('footer').isVisible()).toBe(false);
      expect(await sourceUrl.isVisible()).toBe(true);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      // The briefing: both items one after another, the Markdown download of the same.
      await page.goto(`${app.url}/kennisbank`);
      await page.getByRole('link', { name: 'Bekijken en printen' }).click();
      await expectHeading(page, 'Briefing');
      const entries = page.getByRole('article');
      await expect.poll(() => entries.count(), poll).toBe(2);
      await expect
        .poll(() => entries.first().getByRole('heading', { level: 2 }).textContent(), poll)
        .toBe('Hebben veel vluchtelingen last van trauma?');
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('briefing');
      const href = await page.getByRole('link', { name: 'Download Markdown' }).getAttribute('href');
      expect(href).toMatch(/^\/api\/knowledge\/collection\.md\?ids=[\w-]+,[\w-]+$/);
      const markdown = await page.request.get(`${app.url}${href}`);
      expect(markdown.status()).toBe(200);
      expect(markdown.headers()['content-type']).toContain('text/markdown');
      const text = await markdown.text();
      expect(text.indexOf('## Hebben veel vluchtelingen last van trauma?')).toBeGreaterThan(-1);
      expect(text.indexOf('## Komen de meeste vluchtelingen naar Europa?')).toBeGreaterThan(text.indexOf('## Hebben veel'));
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Printen / PDF' }).isVisible()).toBe(false);
      expect(
        await page
          .getByRole('button', { name: /^Verwijderen/ })
          .first()
          .isVisible(),
      ).toBe(false);
      await page.emulateMedia({ media: 'screen' });

      // Publications: filter by kind; the byline names the co-signers.
      await page.goto(`${app.url}/kennisbank`);
      await page.getByRole('navigation', { name: 'Kennisbank' }).getByRole('link', { name: 'Publicaties' }).click();
      await expectHeading(page, 'Publicaties');
      await openFilters(page);
      await page.getByRole('checkbox', { name: 'Schaduwrapportage' }).click();
      await expect.poll(() => page.url(), poll).toContain('soort=SHADOW_REPORT');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'gevonden' }).textContent(), poll).toBe('1 publicatie gevonden');
      expect(await page.getByRole('article').first().textContent()).toMatch(/, met .+ en /);
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('publications');

      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'review with four eyes: the editor drafts and submits, cannot approve; a colleague asks for changes, then approves',
    async () => {
      const journey = await startJourney(browser, 'knowledge-review', VIEWPORTS[0]);
      const { page, context } = journey;
      const suffix = randomBytes(3).toString('hex');
      const question = `Hoeveel nieuwkomers volgen een taalcursus in ${suffix}?`;

      // The editor writes a draft with two sources; the preview is the server's rendering.
      await signInAs(page, app.url, EDITOR);
      await page.goto(`${app.url}/kennisbank`);
      await page.getByRole('link', { name: 'Nieuwe vraag' }).click();
      await expectHeading(page, 'Nieuwe vraag');
      await page.getByLabel('Vraag', { exact: true }).fill(question);
      const short = page.getByLabel('Kort antwoord');
      await short.fill('Bijna alle inburgeraars volgen taallessen.');
      await page.getByText('Nog 238 tekens').waitFor();
      await short.fill('x'.repeat(290));
      await page.getByText('10 tekens te veel').waitFor();
      await short.fill('Bijna alle inburgeraars volgen taallessen; wie werkt, leert vaak in de avond.');
      await page.getByLabel('Toelichting').fill('Gemeenten bieden **taalroutes** aan.\n\n- B1-route\n- Z-route');
      const first = page.getByRole('group', { name: 'Bron 1' });
      await first.getByLabel('Titel').fill('Inburgering in cijfers');
      await first.getByLabel('Adres (URL)').fill('https://www.cbs.nl/inburgering');
      await first.getByLabel('Uitgever').fill('CBS');
      await first.getByLabel('Jaar').fill('2025');
      await page.getByRole('button', { name: 'Bron toevoegen' }).click();
      const second = page.getByRole('group', { name: 'Bron 2' });
      await second.getByLabel('Titel').fill('Monitor inburgering');
      await second.getByLabel('Adres (URL)').fill('https://www.divosa.nl/monitor-inburgering');
      await page.getByRole('checkbox', { name: /^onderwijs$/i }).check();
      await page.getByRole('checkbox', { name: 'Professionals' }).check();
      await journey.checkAccessibility('editor, new');
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await expectHeading(page, 'Vraag bewerken');
      await expectToast(page, 'Het concept is opgeslagen.');
      const preview = page.getByRole('region', { name: 'Voorbeeld' }).getByTestId('long-answer');
      await expect.poll(() => preview.locator('strong').textContent(), poll).toBe('taalroutes');
      expect(await preview.locator('li').count()).toBe(2);
      await journey.checkAccessibility('editor, saved draft with preview');
      await page.getByRole('button', { name: 'Opslaan en ter review aanbieden' }).click();
      await expectHeading(page, question);
      await expectToast(page, 'Aangeboden ter review');
      expect(await page.getByText('In review', { exact: true }).first().isVisible()).toBe(true);

      // Four eyes: the author may not approve, and is told why.
      await page.getByTestId('four-eyes').waitFor();
      expect(await page.getByTestId('four-eyes').textContent()).toContain('vier-ogenprincipe');
      expect(await page.getByRole('button', { name: 'Goedkeuren en publiceren' }).count()).toBe(0);
      await journey.checkAccessibility('item in review, as its author');
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';

      // A colleague finds it in the queue and asks for changes; a comment is required.
      await context.clearCookies();
      await signInAs(page, app.url, OWNER);
      await page.goto(`${app.url}/kennisbank/beoordelen`);
      await expectHeading(page, 'Te beoordelen');
      await page.getByRole('link', { name: `Lezen en beoordelen: ${question}` }).waitFor();
      await journey.checkAccessibility('review queue');
      await page.getByRole('link', { name: `Lezen en beoordelen: ${question}` }).click();
      await expectHeading(page, question);
      await page.getByRole('button', { name: 'Wijzigingen vragen' }).click();
      await expect.poll(() => page.getByLabel('Opmerking').getAttribute('aria-invalid'), poll).toBe('true');
      await journey.checkAccessibility('review, comment missing');
      await page.getByLabel('Opmerking').fill('Noem ook hoe lang een taalroute gemiddeld duurt.');
      await page.getByRole('button', { name: 'Wijzigingen vragen' }).click();
      await expectToast(page, 'Teruggestuurd naar de auteur');
      await expect.poll(() => page.getByText('Concept', { exact: true }).count(), poll).toBeGreaterThan(0);

      // The author sees the comment, edits and resubmits.
      await context.clearCookies();
      await signInAs(page, app.url, EDITOR);
      await page.goto(`${app.url}/kennisbank/${id}`);
      await page.getByText('Noem ook hoe lang een taalroute gemiddeld duurt.').first().waitFor();
      await journey.checkAccessibility('draft with changes requested');
      await page.getByRole('link', { name: 'Bewerken' }).click();
      await expectHeading(page, 'Vraag bewerken');
      await page.getByLabel('Toelichting').fill('Gemeenten bieden **taalroutes** aan; een route duurt gemiddeld drie jaar.');
      await page.getByText('U hebt de toelichting gewijzigd').waitFor();
      await page.getByRole('button', { name: 'Opslaan en ter review aanbieden' }).click();
      await expectHeading(page, question);
      await page.getByTestId('four-eyes').waitFor();

      // The colleague approves: it is public.
      await context.clearCookies();
      await signInAs(page, app.url, OWNER);
      await page.goto(`${app.url}/kennisbank/${id}`);
      await expectHeading(page, question);
      await page.getByText('een route duurt gemiddeld drie jaar').waitFor();
      await page.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
      await expectToast(page, 'Goedgekeurd');
      await expect.poll(() => page.getByRole('button', { name: 'Goedkeuren en publiceren' }).count(), poll).toBe(0);
      await page.getByRole('heading', { name: 'Geschiedenis' }).waitFor();
      expect(await page.getByRole('region', { name: 'Geschiedenis' }).textContent()).toContain('Wijzigingen gevraagd');
      await journey.checkAccessibility('published, with history');

      // Anyone finds it now.
      await context.clearCookies();
      await page.goto(`${app.url}/kennisbank?q=${encodeURIComponent(`taalcursus ${suffix}`)}`);
      await page.getByRole('link', { name: question }).waitFor();

      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'a partner co-signs a publication in the name of its organisation, and withdraws the signature',
    async () => {
      const journey = await startJourney(browser, 'knowledge-cosign', VIEWPORTS[1]);
      const { page } = journey;
      await signInAs(page, app.url, OWNER);
      await page.goto(`${app.url}/publicaties?open=ja`);
      await expectHeading(page, 'Publicaties');
      const signable = page
        .getByRole('article')
        .filter({ has: page.getByRole('button', { name: /^Medeondertekenen namens / }) })
        .first();
      const title = (await signable.getByRole('heading', { level: 2 }).textContent()) ?? '';
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
      const button = card.getByRole('button', { name: /^Medeondertekenen namens / });
      const organisation = ((await button.getAttribute('aria-label')) ?? '').replace('Medeondertekenen namens ', '');
      await button.click();
      await expectToast(page, `${organisation} heeft medeondertekend.`);
      await expect.poll(() => card.textContent(), poll).toContain(organisation);
      await journey.expectNoHorizontalScroll();
      await journey.checkAccessibility('publications, co-signed');
      await card.getByRole('button', { name: `Handtekening van ${organisation} intrekken` }).click();
      await expectToast(page, `De handtekening van ${organisation} is ingetrokken.`);

      // An organisation's page lists what it published or co-signed.
      const [own] = await app.sql<{ id: string; title: string }>(
        "SELECT organisation_id AS id, title FROM publication WHERE kind = 'SHADOW_REPORT' LIMIT 1",
      );
      await page.goto(`${app.url}/organisaties/${own?.id}`);
      await page.getByRole('region', { name: 'Publicaties' }).getByRole('link', { name: own?.title }).waitFor();
      await journey.checkAccessibility('organisation with publications');
      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'script and raw HTML written straight into the database never run and never become markup',
    async () => {
      const journey = await startJourney(browser, 'knowledge-xss', VIEWPORTS[0]);
      const { page } = journey;
      const [organisation] = await app.sql<{ id: string }>("SELECT id FROM organisation WHERE kind = 'NGO' ORDER BY name LIMIT 1");
      const evil = '<script>window.__xss = "script"</script><img src=x onerror="window.__xss = \'img\'"><b>vet</b>';
      const [{ id }] = await app.sql<{ id: string }>(
        `INSERT INTO knowledge_item (organisation_id, question, short_answer, long_answer, status, themes, audiences, sources, published_at)
         VALUES ($1, $2, $3, $4, 'PUBLISHED', '{PUBLIC_PERCEPTION}', '{MEDIA}', $5::jsonb, now()) RETURNING id`,
        [
          organisation?.id,
          `Is dit veilig? <script>window.__xss = "question"</script>`,
          `Kort <img src=x onerror="window.__xss = 'short'">`,
          `# Kop\n\n${evil}\n\n[klik](javascript:window.__xss='link')`,
          JSON.stringify([
            { title: '<script>window.__xss = "source"</script>', url: 'https://www.example.org/', publisher: null, year: null },
          ]),
        ],
      );
      await app.sql(
        `INSERT INTO knowledge_item_version (item_id, version, question, short_answer, long_answer, themes, audiences, sources, created_at)
         SELECT id, 1, question, short_answer, long_answer, themes, audiences, sources, created_at FROM knowledge_item WHERE id = $1`,
        [id],
      );

      for (const path of [`/kennisbank/${id}`, `/kennisbank/briefing?ids=${id}`, '/kennisbank?q=veilig']) {
        await page.goto(`${app.url}${path}`);
        await page.getByText('Is dit veilig? <script>', { exact: false }).first().waitFor();
        expect(await page.locator('main script, main img, main b').count()).toBe(0);
        expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      }
      const answer = page.getByTestId('long-answer');
      await page.goto(`${app.url}/kennisbank/${id}`);
      await expect.poll(() => answer.textContent(), poll).toContain('<script>window.__xss = "script"</script>');
      expect(await answer.locator('h1').textContent()).toBe('Kop');
      expect(await answer.locator('a[href^="javascript"]').count()).toBe(0);
      await page.getByRole('link', { name: '<script>window.__xss = "source"</script>' }).waitFor();
      await journey.checkAccessibility('item with HTML in its text');
      await journey.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, type TestApp } from '../../api/src/testing/test-app.js';
import {
  DEMO_PASSWORD,
  expectHeading,
  expectToast,
  JOURNEY_TIMEOUT,
  poll,
  signInAs,
  startBrowserTest,
  startJourney,
  VIEWPORTS,
} from './support.js';

const [DESKTOP, PHONE] = VIEWPORTS;
const LOCAL = 'Werktafel arbeidsmarkt uit de browsertest';
const GROUP = 'Campagnegroep uit de browsertest';
const SERIES = 'Werksessies uit de browsertest';

/** A day some days from now as the datetime-local field wants it (`YYYY-MM-DDTHH:MM`), Amsterdam wall clock. */
const localDateTime = (days: number, time: string) =>
  `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * 86_400_000))}T${time}`;
const day = (days: number) => localDateTime(days, '00:00').slice(0, 10);

const graphqlRequests = (requests: string[]) => requests.filter((url) => new URL(url).pathname === '/graphql').length;

describe('round-tables in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, browser, stop } = await startBrowserTest({ demoData: true }));
  });
  afterAll(async () => {
    await stop?.();
  });

  /** A demo account's bearer token and its (first) organisation, through the API. */
  async function account(email: string) {
    const payload = expectData<{ token: string; viewer: { memberships: { organisation: { id: string; name: string } }[] } }>(
      await app.gql(
        'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token viewer { memberships { organisation { id name } } } } }',
        {
          e: email,
          p: DEMO_PASSWORD,
        },
      ),
      'signIn',
    );
    const organisation = payload.viewer.memberships[0]?.organisation;
    if (!organisation) throw new Error(`${email} has no organisation`);
    return { token: payload.token, organisation };
  }

  const createStep = async (page: Page, kind: string, title: string, extra: () => Promise<void>) => {
    await page.goto(`${app.url}/tafels`);
    await expectHeading(page, 'Tafels');
    await page.getByRole('link', { name: 'Nieuwe tafel' }).click();
    await expectHeading(page, 'Nieuwe tafel plannen');
    await page.getByLabel('Soort').selectOption(kind);
    await page.getByLabel('Titel').fill(title);
    await extra();
  };

  it(
    'a municipality plans a labour-market table: suggestion with reasons, quotas re-composed in the browser, invitations, date poll; an NGO answers and votes by keyboard; the organiser schedules and records the outcomes',
    async () => {
      const ngo = await account('ngo@koppel.demo');
      const gemeente = await account('gemeente@koppel.demo');

      const organiser = await startJourney(browser, 'tables-organiser', DESKTOP);
      let page = organiser.page;
      await signInAs(page, app.url, 'gemeente@koppel.demo');
      await page.goto(`${app.url}/tafels?soort=WORKING_GROUP`);
      await expectHeading(page, 'Tafels');
      await expect.poll(() => page.getByRole('list', { name: 'Tafels' }).textContent(), poll).toContain('Campagnegroep migratie');
      await organiser.checkAccessibility('tables');

      await createStep(page, 'LOCAL_TABLE', LOCAL, async () => {
        await page.getByLabel('Thema', { exact: true }).selectOption('LABOUR_MARKET');
        await page.getByLabel('Aantal plaatsen').fill('12');
        await expect.poll(() => page.getByRole('combobox', { name: 'Gemeente' }).count(), poll).toBeGreaterThan(0);
        await organiser.checkAccessibility('new table');
      });
      await page.getByRole('button', { name: 'Tafel aanmaken' }).click();
      await page.waitForURL(/\/tafels\/[^/]+\/plannen$/);
      const tablePath = new URL(page.url()).pathname.replace(/\/plannen$/, '');

      // The suggestion: the required kinds, each with its reasons.
      const suggestions = page.getByRole('list', { name: 'Voorgestelde samenstelling' });
      await expect.poll(() => suggestions.locator(':scope > li').count(), { ...poll, timeout: 20_000 }).toBeGreaterThan(4);
      const text = (await suggestions.textContent()) ?? '';
      for (const kind of ['Gemeente', 'Maatschappelijke organisatie', 'Bedrijf']) expect(text).toContain(kind);
      expect(text).toContain('Vult het minimum voor zijn soort');
      expect(text).toMatch(/van 40 punten/);
      await organiser.checkAccessibility('composition');

      // Changing a quota re-composes at once, in the browser: no request.
      const flagged = () => suggestions.getByText(/vult een minimum/).count();
      const before = await flagged();
      const requestsBefore = graphqlRequests(organiser.recorded.requests);
      await page.getByRole('spinbutton', { name: 'Maatschappelijke organisatie' }).fill('0');
      await page.getByRole('spinbutton', { name: 'Bedrijf' }).fill('3');
      await expect.poll(flagged, poll).toBeLessThan(before);
      await expect.poll(() => page.getByText(/Bedrijf: \d+ te weinig gevonden/).count(), poll).toBe(1);
      expect(graphqlRequests(organiser.recorded.requests)).toBe(requestsBefore);
      await page.getByRole('spinbutton', { name: 'Maatschappelijke organisatie' }).fill('2');
      await page.getByRole('spinbutton', { name: 'Bedrijf' }).fill('1');

      // Invite the chosen ones: a report per organisation.
      await page.getByRole('button', { name: /organisaties uitnodigen$/ }).click();
      const report = page.getByRole('list', { name: 'Uitgenodigd' });
      await expect.poll(() => report.locator('li').count(), poll).toBeGreaterThan(4);
      // The NGO of the demo account, if not suggested, is invited the same way (the wizard's bulk `invite`).
      const tableId = tablePath.split('/').pop() as string;
      expectData(
        await app.gql(
          'mutation ($t: ID!, $o: [ID!]!) { invite(tableId: $t, organisationIds: $o) { id } }',
          { t: tableId, o: [ngo.organisation.id] },
          { token: gemeente.token },
        ),
        'invite',
      );

      // The date poll: a moment in the past is refused at its field; three moments proposed.
      await page.getByRole('link', { name: 'Datumprikker' }).click();
      await page.getByLabel('Moment 1', { exact: true }).fill(localDateTime(-2, '19:00'));
      await page.getByLabel('Moment 2', { exact: true }).fill(localDateTime(10, '19:00'));
      await page.getByLabel('Moment 3', { exact: true }).fill(localDateTime(11, '15:30'));
      await page.getByRole('button', { name: 'Momenten voorstellen' }).click();
      await page.getByText('Dit moment ligt in het verleden.').waitFor();
      await organiser.checkAccessibility('date poll, refused');
      await page.getByLabel('Moment 1', { exact: true }).fill(localDateTime(9, '10:00'));
      await page.getByRole('button', { name: 'Momenten voorstellen' }).click();
      await page.waitForURL((url) => url.pathname === tablePath);
      await expectHeading(page, LOCAL);

      // The NGO: its open invitation in the inbox, answered there; then votes in the grid by keyboard.
      const member = await startJourney(browser, 'tables-ngo', DESKTOP);
      page = member.page;
      await signInAs(page, app.url, 'ngo@koppel.demo');
      await page.goto(`${app.url}/tafels`);
      const inbox = page.getByRole('list', { name: 'Uw uitnodigingen' });
      await expect.poll(() => inbox.textContent(), poll).toContain(LOCAL);
      await member.checkAccessibility('tables, inbox');
      await inbox.getByRole('listitem').filter({ hasText: LOCAL }).getByRole('button', { name: 'Ik kom', exact: true }).click();
      await expectToast(page, 'Uw antwoord is opgeslagen.');
      await page.goto(`${app.url}${tablePath}`);
      await expectHeading(page, LOCAL);
      await expect.poll(() => page.getByRole('region', { name: 'Uw uitnodigingen' }).textContent(), poll).toContain('Aangenomen');
      const groups = page.getByRole('radiogroup');
      await expect.poll(() => groups.count(), poll).toBe(3);
      // Keyboard only: focus the first group's "Ja", Space chooses; arrows move the choice within a group.
      await groups.nth(0).getByRole('radio', { name: 'Ja' }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => groups.nth(1).getByRole('radio', { name: 'Misschien' }).isChecked(), poll).toBe(true);
      await groups.nth(2).getByRole('radio', { name: 'Nee' }).focus();
      await page.keyboard.press('Space');
      expect(await groups.nth(0).getByRole('radio', { name: 'Ja' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Stemmen opslaan' }).focus();
      await page.keyboard.press('Enter');
      await expectToast(page, 'Uw stemmen zijn opgeslagen.');
      await expect
        .poll(() => page.getByRole('region', { name: 'Welke momenten kunt u?', exact: true }).textContent(), poll)
        .toContain('1 ja, 0 misschien, 0 nee');
      await member.checkAccessibility('table, invited');
      await member.finish();

      // Back as the organiser: the best moment first, scheduled; agenda, a commitment, an action item, the follow-up.
      page = organiser.page;
      await page.reload();
      await expectHeading(page, LOCAL);
      const slots = page.getByRole('region', { name: 'Voorgestelde momenten', exact: true });
      await expect.poll(() => slots.locator('tbody tr').first().textContent(), poll).toContain('1 ja');
      await expect.poll(() => page.getByRole('region', { name: 'Uitnodigingen', exact: true }).textContent(), poll).toContain('Aangenomen');
      await organiser.checkAccessibility('table, organiser');
      await slots
        .locator('tbody tr')
        .first()
        .getByRole('button', { name: /inplannen$/ })
        .click();
      await expectToast(page, 'De bijeenkomst is ingepland.');
      await expect.poll(() => page.getByRole('list', { name: 'Bijeenkomsten', exact: true }).locator(':scope > li').count(), poll).toBe(1);
      // During and after the meeting: an end before the start is refused at its field; the minutes are saved.
      const meeting = page.getByRole('form', { name: /^Bijeenkomst van / });
      const start = await meeting.getByLabel('Begint om').inputValue();
      await meeting.getByLabel('Eindigt om').fill(start.replace(/T\d\d:\d\d$/, 'T08:00'));
      await meeting.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
      await expect.poll(() => meeting.getByText('Het einde moet na het begin liggen.').count(), poll).toBe(1);
      await meeting.getByLabel('Eindigt om').fill(start.replace(/T\d\d:\d\d$/, 'T23:00'));
      await meeting.getByLabel(/^Verslag van /).fill('Twaalf organisaties aanwezig; werkgevers zoeken taalcoaches.');
      await meeting.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
      await expectToast(page, 'De bijeenkomst is opgeslagen.');

      const agenda = page.getByRole('form', { name: 'Agendapunt toevoegen' });
      await agenda.getByLabel('Onderwerp').fill('Kennismaking en knelpunten bij werkgevers');
      await agenda.getByLabel('Duur (minuten)').fill('30');
      await agenda.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
      await expectToast(page, 'Het agendapunt is toegevoegd.');
      await expect
        .poll(() => page.getByRole('region', { name: 'Agenda', exact: true }).textContent(), poll)
        .toContain('Kennismaking en knelpunten');

      const commitment = page.getByRole('form', { name: 'Toezegging vastleggen' });
      await commitment.getByLabel('Soort').selectOption('FUNDING');
      await commitment.getByLabel('Bedrag (euro)').fill('-5');
      await commitment.getByRole('button', { name: 'Toezegging vastleggen' }).click();
      await expect.poll(() => commitment.locator('[aria-invalid="true"]').count(), poll).toBe(1);
      await commitment.getByLabel('Bedrag (euro)').fill('5000');
      await commitment.getByRole('button', { name: 'Toezegging vastleggen' }).click();
      await expectToast(page, 'De toezegging is vastgelegd.');

      const action = page.getByRole('form', { name: 'Actiepunt toevoegen' });
      await action.getByLabel('Actie').fill('Werkgevers uitnodigen voor een banenmarkt');
      await action.getByLabel('Uiterlijk').fill(day(21));
      await action.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
      await expectToast(page, 'Het actiepunt is toegevoegd.');

      const followUp = page.getByRole('region', { name: 'Opvolging' });
      await expect.poll(() => followUp.textContent(), poll).toContain('Werkgevers uitnodigen voor een banenmarkt');
      await expect.poll(() => followUp.getByRole('list', { name: 'Toezeggingen nog niet geleverd' }).textContent(), poll).toContain('Geld');
      // PLEDGED → CONFIRMED → DELIVERED: delivered leaves the follow-up.
      const status = page.getByRole('region', { name: 'Toezeggingen', exact: true }).getByRole('combobox', { name: /^Status van / });
      await status.selectOption('CONFIRMED');
      await expectToast(page, 'De status is gewijzigd.');
      await expect.poll(() => status.inputValue(), poll).toBe('CONFIRMED');
      await status.selectOption('DELIVERED');
      await expect.poll(() => followUp.getByRole('list', { name: 'Toezeggingen nog niet geleverd' }).count(), poll).toBe(0);
      await organiser.checkAccessibility('table, outcomes');

      // "Add to my calendar" answers text/calendar with the session.
      const href = await page.getByRole('link', { name: 'Toevoegen aan mijn agenda (.ics)' }).getAttribute('href');
      // The address names the configured public origin (KOPPEL_PUBLIC_URL); the test server listens elsewhere.
      const ics = await page.request.get(`${app.url}${new URL(href as string).pathname}`);
      expect(ics.headers()['content-type']).toContain('text/calendar');
      expect(await ics.text()).toContain('BEGIN:VEVENT');
      await page.getByRole('button', { name: 'Persoonlijk agenda-adres maken' }).click();
      await expect
        .poll(() => page.getByRole('region', { name: 'In uw agenda' }).textContent(), poll)
        .toMatch(/\/api\/calendar\/[^/]+\.ics/);

      // After the meeting: closed; planning ends, the follow-up stays.
      await page.getByRole('button', { name: 'Tafel afsluiten…' }).click();
      await page.getByRole('button', { name: 'Ja, tafel afsluiten' }).click();
      await expectToast(page, 'De tafel is afgesloten.');
      await page.getByText('Deze tafel is afgesloten: aanmelden, antwoorden en stemmen kan niet meer.').waitFor();
      expect(await page.getByRole('region', { name: 'Voorgestelde momenten', exact: true }).count()).toBe(0);
      await followUp.waitFor();
      await organiser.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'a working group takes requests with a motivation before its deadline and says it is closed after; the organiser accepts one and declines another',
    async () => {
      const organiser = await startJourney(browser, 'tables-group', DESKTOP);
      const page = organiser.page;
      await signInAs(page, app.url, 'ngo@koppel.demo');
      await createStep(page, 'WORKING_GROUP', GROUP, async () => {
        await page.getByLabel('Komt online bijeen').check();
        await page.getByLabel('Aanmelden kan tot en met').fill(day(20));
      });
      await page.getByRole('button', { name: 'Tafel aanmaken' }).click();
      await expectHeading(page, GROUP);
      const groupPath = new URL(page.url()).pathname;

      for (const [email, motivation] of [
        ['initiatief@koppel.demo', 'Wij brengen de verhalen van nieuwkomers uit Amersfoort mee.'],
        ['bedrijf@koppel.demo', 'Wij willen laten zien hoe nieuwkomers bij ons werken.'],
      ] as const) {
        const applicant = await startJourney(browser, 'tables-applicant', DESKTOP);
        await signInAs(applicant.page, app.url, email);
        await applicant.page.goto(`${app.url}${groupPath}`);
        await expectHeading(applicant.page, GROUP);
        await applicant.page.getByText(/^Aanmelden kan tot /).waitFor();
        const form = applicant.page.getByRole('form', { name: 'Meedoen' });
        // Without a motivation the API names the field.
        await form.getByRole('button', { name: 'Aanmelding versturen' }).click();
        await expect.poll(() => form.locator('[aria-invalid="true"]').count(), poll).toBe(1);
        await form.getByLabel('Motivatie').fill(motivation);
        await form.getByRole('button', { name: 'Aanmelding versturen' }).click();
        await expectToast(applicant.page, 'Uw aanmelding is verstuurd.');
        await expect.poll(() => applicant.page.getByRole('region', { name: 'Meedoen' }).textContent(), poll).toContain('In behandeling');
        if (email.startsWith('initiatief')) await applicant.checkAccessibility('working group, applicant');
        else {
          // Once the deadline has passed, the page says so and takes no request.
          await app.sql("UPDATE round_table SET application_deadline = now() - interval '1 minute' WHERE title = $1", [GROUP]);
          await applicant.page.reload();
          await applicant.page.getByText(/^Aanmelden is gesloten/).waitFor();
          expect(await applicant.page.getByRole('button', { name: 'Aanmelding versturen' }).count()).toBe(0);
        }
        await applicant.finish();
      }

      await page.reload();
      const requests = page.getByRole('list', { name: 'Aanmeldingen' });
      await expect.poll(() => requests.locator(':scope > li').count(), poll).toBe(2);
      expect(await requests.textContent()).toContain('verhalen van nieuwkomers');
      await organiser.checkAccessibility('working group, requests');
      await requests
        .getByRole('button', { name: /^Aanmelding van .* aannemen$/ })
        .first()
        .click();
      await expectToast(page, 'Het besluit is opgeslagen.');
      await expect.poll(() => requests.getByRole('button', { name: /aannemen$/ }).count(), poll).toBe(1);
      await requests.getByRole('button', { name: /^Aanmelding van .* afwijzen$/ }).click();
      await expect.poll(() => requests.getByRole('button').count(), poll).toBe(0);
      const decided = (await requests.textContent()) ?? '';
      expect(decided).toContain('Aangenomen');
      expect(decided).toContain('Afgewezen');
      await organiser.finish();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'a work-session series across the switch to summer time, a registration with needs seen by the organiser (375 px)',
    async () => {
      const now = new Date();
      const year = now.getUTCMonth() >= 2 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
      const organiser = await startJourney(browser, 'tables-series', PHONE);
      const page = organiser.page;
      await signInAs(page, app.url, 'kennis@koppel.demo');
      await createStep(page, 'WORK_SESSION_SERIES', SERIES, async () => {
        await page.getByLabel('Locatie').fill('Bibliotheek Utrecht');
      });
      await page.getByRole('button', { name: 'Tafel aanmaken' }).click();
      await expectHeading(page, SERIES);
      const seriesPath = new URL(page.url()).pathname;

      // Every week on Tuesday 19:30 from mid-March, four times: the clocks go forward in between, 19:30 stays.
      const builder = page.getByRole('form', { name: 'Reeks inplannen' });
      const firstTuesday = [...Array(7).keys()].map((i) => new Date(Date.UTC(year, 2, 14 + i))).find((d) => d.getUTCDay() === 2) as Date;
      await builder.getByLabel('Eerste datum').fill(firstTuesday.toISOString().slice(0, 10));
      await builder.getByLabel('Tijd').fill('19:30');
      await builder.getByLabel('Hoe vaak').selectOption('WEEKLY');
      await builder.getByLabel('Aantal bijeenkomsten').fill('4');
      await expect.poll(() => builder.textContent(), poll).toContain('FREQ=WEEKLY;BYDAY=TU;COUNT=4');
      const preview = builder.getByRole('list', { name: 'Deze 4 bijeenkomsten worden gemaakt:' });
      await expect.poll(() => preview.locator('li').count(), poll).toBe(4);
      const dates = await preview.locator('li').allTextContents();
      expect(dates.every((text) => text.includes('19:30'))).toBe(true);
      expect(dates.some((text) => text.includes('april'))).toBe(true);
      await organiser.checkAccessibility('series builder (phone)');
      await builder.getByRole('button', { name: 'Reeks inplannen' }).click();
      await expectToast(page, 'De reeks is ingepland.');
      const sessions = page.getByRole('list', { name: 'Bijeenkomsten', exact: true });
      await expect.poll(() => sessions.locator(':scope > li').count(), poll).toBe(4);
      expect((await sessions.locator(':scope > li strong').allTextContents()).every((text) => text.includes('19:30'))).toBe(true);
      await organiser.expectNoHorizontalScroll();

      // A participant registers with what it needs (phone).
      const participant = await startJourney(browser, 'tables-registrant', PHONE);
      await signInAs(participant.page, app.url, 'bedrijf@koppel.demo');
      await participant.page.goto(`${app.url}${seriesPath}`);
      await expectHeading(participant.page, SERIES);
      const form = participant.page.getByRole('form', { name: 'Aanmelden' });
      await form.getByLabel('Wat heeft u nodig?').fill('Een rolstoeltoegankelijke zaal en ondertiteling.');
      await form.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await expectToast(participant.page, 'Uw aanmelding is verstuurd.');
      await participant.expectNoHorizontalScroll();
      await participant.checkAccessibility('series, registration (phone)');
      await participant.finish();

      // The organisers see the needs side by side.
      await page.reload();
      const needs = page.getByRole('list', { name: 'Aanmeldingen en behoeften' });
      await expect.poll(() => needs.textContent(), poll).toContain('rolstoeltoegankelijke zaal');
      await organiser.expectNoHorizontalScroll();
      await organiser.checkAccessibility('series, needs (phone)');
      await organiser.finish();
    },
    JOURNEY_TIMEOUT,
  );
});

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../testing/accounts.js';
import { closeCall, fundWithBudget, openCallOf } from '../testing/calls.js';
import { addMember, publishInitiative as expectPublished, GM, organisationOwner } from '../testing/registry.js';
import { expectData, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let ngo: Awaited<ReturnType<typeof organisationOwner>>;

beforeAll(async () => {
  app = await startTestApp();
  await signUp(app); // the first account is an alliance admin
  ngo = await organisationOwner(app, { name: 'Stichting Import' });
});
afterAll(() => app?.stop());

const PLACES = [GM.zwolle, GM.deventer, GM.amsterdam, GM.utrecht, GM.tilburg];
const HEADER = 'title;summary;description;themes;municipalityCodes;national;targetGroups;budgetRequested;startsOn;endsOn';
/** The 7 bad rows (numbered from 1 after the header) and the column each gets wrong. */
const BAD: Record<number, [column: string, index: number, value: string]> = {
  10: ['themes', 3, 'EDUCATION|ASTRONOMY'],
  50: ['municipalityCodes', 4, 'GM9999'],
  100: ['budgetRequested', 7, 'veel'],
  200: ['startsOn', 8, '2026-02-30'],
  300: ['title', 0, ''],
  400: ['national', 5, 'misschien'],
  500: ['endsOn', 9, '2025-01-01'],
};

/** 1,000 initiatives, the municipality of row n being PLACES[n % 5]; one title starts with `=` (a formula). */
function thousandRows(): string {
  const lines = [HEADER];
  for (let n = 1; n <= 1000; n++) {
    const cells = [
      n === 1 ? '=HYPERLINK("https://example.org","klik")' : `Taalcafé ${n}`,
      `Samen Nederlands oefenen, groep ${n}.`,
      'Wekelijks; met vrijwilligers "uit de buurt".',
      n % 2 ? 'EDUCATION' : 'EDUCATION|LABOUR_MARKET',
      PLACES[n % 5] as string,
      'nee',
      'STATUSHOUDERS|WOMEN',
      String(1000 + n),
      '2026-09-01',
      '2027-08-31',
    ];
    const bad = BAD[n];
    if (bad) cells[bad[1]] = bad[2];
    lines.push(cells.map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function upload(
  path: string,
  body: BodyInit,
  options: { token?: string; type?: string; language?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    'content-type': options.type ?? 'text/csv',
    'accept-language': options.language ?? 'en',
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${app.url}${path}`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : undefined;
  return { status: response.status, text, json, headers: response.headers };
}

const importPath = (id: string, query = '') => `/api/organisations/${id}/initiatives.csv${query}`;
const count = async (organisationId: string) =>
  Number((await app.sql('SELECT count(*)::int AS n FROM initiative WHERE organisation_id = $1', [organisationId]))[0]?.n);

describe('CSV import, as an outside client', () => {
  it('reports exactly the 7 bad rows of 1,000 on a dry run, writes nothing without skipInvalid, and 993 drafts with it', async () => {
    const csv = thousandRows();
    const dry = await upload(importPath(ngo.organisationId, '?dryRun=true'), csv, { token: ngo.token });
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({ imported: 0, rejected: 7, valid: 993, rows: 1000, dryRun: true, encoding: 'utf-8', delimiter: ';' });
    expect(dry.json.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual(
      Object.entries(BAD).map(([row, [column]]) => [Number(row), column]),
    );
    for (const error of dry.json.errors) expect(error.message).toEqual(expect.any(String));
    expect(await count(ngo.organisationId)).toBe(0);

    const refused = await upload(importPath(ngo.organisationId), csv, { token: ngo.token });
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ imported: 0, rejected: 7, valid: 993 });
    expect(await count(ngo.organisationId)).toBe(0);

    const started = Date.now();
    const imported = await upload(importPath(ngo.organisationId, '?skipInvalid=true'), csv, { token: ngo.token });
    expect(imported.status).toBe(200);
    expect(imported.json).toMatchObject({ imported: 993, rejected: 7 });
    console.info(`import of 1,000 rows: ${Date.now() - started} ms`);
    const stored = await app.sql(
      `SELECT status, count(*)::int AS n, count(DISTINCT title)::int AS titles FROM initiative WHERE organisation_id = $1 GROUP BY status`,
      [ngo.organisationId],
    );
    expect(stored).toEqual([{ status: 'DRAFT', n: 993, titles: 993 }]);
    const [audited] = await app.sql(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'importInitiative' AND organisation_id = $1`,
      [ngo.organisationId],
    );
    expect(audited?.n).toBe(993);
    const [row1] = await app.sql(
      `SELECT description, themes, target_groups, budget_requested FROM initiative WHERE organisation_id = $1 AND title LIKE '=HYPERLINK%'`,
      [ngo.organisationId],
    );
    expect(row1).toEqual({
      description: 'Wekelijks; met vrijwilligers "uit de buurt".',
      themes: ['EDUCATION'],
      target_groups: ['STATUSHOUDERS', 'WOMEN'],
      budget_requested: 1001,
    });
  });

  it('coverage counts the imported initiatives in the right municipalities once published', async () => {
    const ids = (await app.sql(`SELECT id FROM initiative WHERE organisation_id = $1 ORDER BY id`, [ngo.organisationId])).map(
      (r) => r.id as string,
    );
    for (let start = 0; start < ids.length; start += 25)
      await Promise.all(ids.slice(start, start + 25).map((id) => expectPublished(app, ngo.token, id)));
    const rows = expectData<{ code: string; initiatives: number }[]>(
      await app.gql('query ($o: ID) { coverage(level: MUNICIPALITY, organisationId: $o) { code initiatives } }', { o: ngo.organisationId }),
      'coverage',
    );
    const expected = new Map<string, number>();
    for (let n = 1; n <= 1000; n++) if (!BAD[n]) expected.set(PLACES[n % 5] as string, (expected.get(PLACES[n % 5] as string) ?? 0) + 1);
    for (const row of rows) expect([row.code, row.initiatives]).toEqual([row.code, expected.get(row.code) ?? 0]);
    expect([...expected.values()].reduce((a, b) => a + b)).toBe(993);
  });

  it('reads `,` with a BOM, Windows-1252, and shows NDJSON progress', async () => {
    const owner = await organisationOwner(app, { name: 'Stichting Komma' });
    const comma =
      '\uFEFFtitle,themes,municipalityCodes\r\n"Café, thee en taal",EDUCATION,GM0363\r\nTweede,LABOUR_MARKET|education,gm0193\r\n';
    const read = await upload(importPath(owner.organisationId), comma, { token: owner.token });
    expect(read.json).toMatchObject({ imported: 2, delimiter: ',', encoding: 'utf-8', errors: [] });
    const [cafe] = await app.sql(`SELECT title, municipality_codes FROM initiative WHERE organisation_id = $1 ORDER BY title LIMIT 1`, [
      owner.organisationId,
    ]);
    expect(cafe).toEqual({ title: 'Café, thee en taal', municipality_codes: ['GM0363'] });

    const latin = Buffer.from('title;themes\r\nCr\xe8che \x80 taal;EDUCATION\r\n', 'latin1');
    const decoded = await upload(importPath(owner.organisationId, '?dryRun=true'), latin, { token: owner.token });
    expect(decoded.json).toMatchObject({ encoding: 'windows-1252', valid: 1 });

    const progress = await upload(importPath(owner.organisationId, '?dryRun=true'), thousandRows(), {
      token: owner.token,
      headers: { accept: 'application/x-ndjson' },
    });
    expect(progress.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = progress.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.filter((l) => l.progress).map((l) => l.progress.rows)).toEqual([0, 500, 1000]);
    expect(lines.at(-1).result).toMatchObject({ rejected: 7, valid: 993 });
  });

  it('refuses bad files and bad callers clearly, writing nothing', async () => {
    const before = await count(ngo.organisationId);
    const header = await upload(importPath(ngo.organisationId), 'titel;thema\r\nA;B\r\n', { token: ngo.token, language: 'nl' });
    expect(header.status).toBe(400);
    expect(header.json.errors).toHaveLength(1);
    expect(header.json.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { header: expect.stringContaining('onbekende kolommen: "titel", "thema"') },
    });

    const binary = await upload(importPath(ngo.organisationId), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), {
      token: ngo.token,
    });
    expect(binary.status).toBe(400);
    expect(binary.json.errors[0].extensions.fields.file).toMatch(/not a text file/);
    const xlsx = await upload(importPath(ngo.organisationId), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { token: ngo.token });
    expect(xlsx.json.errors[0].extensions.fields.file).toMatch(/Excel/);

    // 50 MB: refused with 413 at the declared length (and, without one, once 20 MB have arrived), never held in memory.
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const tooLarge = await upload(importPath(ngo.organisationId), big, { token: ngo.token });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 50; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(0x41));
        controller.close();
      },
    });
    const chunked = await upload(importPath(ngo.organisationId), streamed, { token: ngo.token }).catch((error: Error) => ({
      status: 0,
      error,
    }));
    expect([413, 0]).toContain(chunked.status); // 413, unless the server closed the connection while the client was still sending

    const outsider = await signUp(app);
    expect((await upload(importPath(ngo.organisationId), thousandRows(), { token: outsider.token })).status).toBe(403);
    const viewer = await addMember(app, ngo.organisationId, 'VIEWER');
    expect((await upload(importPath(ngo.organisationId), thousandRows(), { token: viewer.token })).status).toBe(403);
    expect((await upload(importPath(ngo.organisationId), thousandRows())).status).toBe(401);
    expect((await upload(importPath('00000000-0000-4000-8000-000000000000'), thousandRows(), { token: ngo.token })).status).toBe(404);
    expect((await upload(importPath(ngo.organisationId, '?dryRun=misschien'), thousandRows(), { token: ngo.token })).status).toBe(400);
    expect(await count(ngo.organisationId)).toBe(before);
  });
});

describe('exports', () => {
  it('initiatives: `;`, a BOM, neutralised formula cells, what the caller may see, by the filter', async () => {
    const bytes = new Uint8Array(
      await (await fetch(`${app.url}/api/initiatives.csv?themes=EDUCATION&municipalityCodes=${GM.amsterdam}`)).arrayBuffer(),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM
    const publicCsv = new TextDecoder().decode(bytes);
    expect(publicCsv.startsWith('id;title;organisationId;')).toBe(true);
    const lines = publicCsv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 200); // the header and the 200 rows in Amsterdam (n % 5 == 2), all valid and published
    const formula = await (
      await fetch(`${app.url}/api/initiatives.csv?search=HYPERLINK`, { headers: { authorization: `Bearer ${ngo.token}` } })
    ).text();
    expect(formula).toContain(`;"'=HYPERLINK(""https://example.org"",""klik"")";`);
    const bad = await fetch(`${app.url}/api/initiatives.csv?themes=ASTRONOMY&colour=red`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.fields).toMatchObject({ 'themes.0': expect.any(String), colour: expect.any(String) });
  });

  it('organisations: contact e-mail for signed-in callers only; the template reads back', async () => {
    const anonymous = await (await fetch(`${app.url}/api/organisations.csv?search=Import`)).text();
    expect(anonymous.split('\r\n')[1]).toMatch(/^[0-9a-f-]{36};Stichting Import;NGO;[^;]*;https:\/\/nieuweburen.example;;GM0193;/);
    const signedIn = await (
      await fetch(`${app.url}/api/organisations.csv?search=Import`, { headers: { authorization: `Bearer ${ngo.token}` } })
    ).text();
    expect(signedIn.split('\r\n')[1]).toContain(';https://nieuweburen.example;info@nieuweburen.example;GM0193;');
    const template = await (await fetch(`${app.url}/api/initiatives-template.csv`)).text();
    const owner = await organisationOwner(app, { name: 'Stichting Sjabloon' });
    expect((await upload(importPath(owner.organisationId, '?dryRun=true'), template, { token: owner.token })).json).toMatchObject({
      valid: 1,
      rejected: 0,
    });
  });
});

describe('360Giving', () => {
  it('is a data package valid against the 360Giving schema, with KvK identifiers, CBS codes and themes', async () => {
    const fund = await fundWithBudget(app, 500_000, { kvkNumber: '41234567' });
    const call = await openCallOf(app, fund, { municipalityCodes: [GM.amsterdam] });
    const applicant = await organisationOwner(app, { name: 'Stichting Ontvanger', kvkNumber: '76543210' });
    const initiativeId = expectData<{ id: string }>(
      await app.gql(
        'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }',
        {
          input: {
            organisationId: applicant.organisationId,
            title: 'Werk en taal',
            summary: 'Samen aan het werk.',
            themes: ['LABOUR_MARKET'],
            municipalityCodes: [GM.amsterdam],
            targetGroups: ['STATUSHOUDERS'],
            budgetRequested: 20_000,
            startsOn: '2026-09-01',
            endsOn: '2027-08-31',
          },
        },
        { token: applicant.token },
      ),
      'createInitiative',
    ).id;
    await expectPublished(app, applicant.token, initiativeId);
    const applied = await app.gql(
      'mutation ($c: ID!, $input: ApplicationInput!) { applyToCall(callId: $c, input: $input) { id } }',
      { c: call.id, input: { initiativeId, amountRequested: 15_000, motivation: 'Twintig statushouders aan het werk.' } },
      { token: applicant.token },
    );
    await closeCall(app, fund.token, call.id);
    expectData(
      await app.gql(
        'mutation ($a: ID!) { awardApplication(applicationId: $a, amount: 15000) { id } }',
        { a: expectData(applied, 'applyToCall').id },
        { token: fund.token },
      ),
      'awardApplication',
    );
    const response = await fetch(`${app.url}/api/360giving.json`);
    expect(response.headers.get('content-type')).toContain('application/json');
    const pkg = await response.json();
    const dir = new URL('./360giving/', import.meta.url);
    const grantSchema = JSON.parse(readFileSync(new URL('360-giving-schema.json', dir), 'utf8'));
    const packageSchema = JSON.parse(readFileSync(new URL('360-giving-package-schema.json', dir), 'utf8'));
    const ajv = new Ajv2020.default({ strict: false, validateSchema: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(grantSchema);
    ajv.addSchema({
      ...grantSchema,
      $id: 'https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json',
    });
    const validate = ajv.compile(packageSchema);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const grant = pkg.grants.find((g: { title: string }) => g.title === 'Werk en taal');
    expect(grant).toMatchObject({
      currency: 'EUR',
      amountAwarded: 15_000,
      recipientOrganization: [{ id: 'NL-KVK-76543210', name: 'Stichting Ontvanger' }],
      fundingOrganization: [{ id: 'NL-KVK-41234567' }],
      beneficiaryLocation: [{ geoCode: GM.amsterdam, geoCodeType: 'GM', countryCode: 'NL' }],
      classifications: [{ vocabulary: 'koppel-themes', code: 'LABOUR_MARKET' }],
      plannedDates: [{ startDate: '2026-09-01', endDate: '2027-08-31' }],
    });
  });
});

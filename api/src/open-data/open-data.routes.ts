import { PassThrough, Readable } from 'node:stream';
import { type Locale, localeFromAcceptLanguage, TARGET_GROUP_SLUGS, THEME_SLUGS } from '@koppel/reference-data';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context, Loaders } from '../core/context.js';
import {
  badUserInput,
  type ErrorCode,
  type FieldProblems,
  forbidden,
  KoppelError,
  payloadTooLarge,
  unauthenticated,
} from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import type { RouteDeps } from '../core/module.js';
import { problemsOf } from '../core/validation.js';
import type { Viewer } from '../core/viewer.js';
import { INITIATIVE_STATUSES } from '../initiative/initiative.entity.js';
import { InitiativeFilter } from '../initiative/initiative.inputs.js';
import { createInitiativeLoaders } from '../initiative/initiative.loaders.js';
import { initiativeScope, mayCreateInitiative } from '../initiative/initiative.policy.js';
import { initiativesForExport } from '../initiative/initiative.query.js';
import { ORGANISATION_KINDS } from '../organisation/organisation.entity.js';
import { organisationNotFound } from '../organisation/organisation.errors.js';
import { OrganisationFilter } from '../organisation/organisation.inputs.js';
import { createOrganisationLoaders } from '../organisation/organisation.loaders.js';
import { organisationSummaries } from '../organisation/organisation.query.js';
import { organisationsForExport } from '../organisation/organisation.service.js';
import { grantsPackage } from './open-data.360giving.js';
import { BOM, csvLine } from './open-data.csv.js';
import { IMPORT_COLUMNS, importInitiatives, MAX_IMPORT_BYTES, TEMPLATE_ROW } from './open-data.import.js';

export const IMPORT_PATH = '/api/organisations/:id/initiatives.csv';
export const TEMPLATE_PATH = '/api/initiatives-template.csv';
export const INITIATIVES_EXPORT_PATH = '/api/initiatives.csv';
export const ORGANISATIONS_EXPORT_PATH = '/api/organisations.csv';
export const GRANTS_PATH = '/api/360giving.json';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  PAYLOAD_TOO_LARGE: 413,
};
/** What browsers and spreadsheet programs send a CSV file as. */
const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', 'application/octet-stream'];
const EXPORT_BATCH = 1000;

/**
 * Open data over plain HTTP (same authentication as `/graphql`: the session cookie or `Authorization: Bearer`):
 * the CSV import of initiatives, its template, the CSV exports of initiatives and organisations, and the
 * 360Giving package. Errors have the GraphQL shape with the API's codes and their HTTP status.
 */
export function registerOpenDataRoutes(app: FastifyInstance, deps: RouteDeps): void {
  // In a scope of its own: the CSV body is read by the import as a stream (not by Fastify, whose 1 MB limit holds elsewhere).
  void app.register(async (scope) => {
    scope.addContentTypeParser(CSV_TYPES, (_request, payload, done) => done(null, payload));
    scope.post<{ Params: { id: string }; Querystring: Record<string, string | string[]> }>(IMPORT_PATH, async (request, reply) => {
      const locale = localeFromAcceptLanguage(request.headers['accept-language']);
      try {
        const ctx = await contextOf(request, deps, locale, true);
        const viewer = ctx.viewer as Viewer;
        const organisationId = request.params.id;
        if (!isUuid(organisationId) || !(await ctx.loaders.organisation.byId.load(organisationId))) throw organisationNotFound();
        if (!mayCreateInitiative(viewer, organisationId))
          throw forbidden({
            nl: 'Alleen redacteuren en eigenaren van de organisatie mogen initiatieven importeren.',
            en: "Only the organisation's editors and owners may import initiatives.",
          });
        const options = importOptions(request.query, locale);
        const declared = Number(request.headers['content-length']);
        if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES) throw payloadTooLarge(MAX_IMPORT_BYTES);
        const bytes = await readLimited(request.body as Readable | undefined, MAX_IMPORT_BYTES);
        if (!wantsProgress(request)) {
          const report = await importInitiatives(ctx, organisationId, bytes, options);
          const failed = !report.dryRun && report.imported === 0 && report.rejected > 0 && !options.skipInvalid;
          return reply
            .code(failed ? 422 : 200)
            .header('cache-control', 'no-store')
            .send(report);
        }
        // Progress as NDJSON: `{"progress":{…}}` lines while rows are checked, then `{"result":{…}}` (or `{"error":{…}}`).
        const stream = new PassThrough();
        const line = (value: unknown) => stream.write(`${JSON.stringify(value)}\n`);
        void importInitiatives(ctx, organisationId, bytes, { ...options, onProgress: (progress) => line({ progress }) })
          .then((result) => line({ result }))
          .catch((error: unknown) => {
            const known = error instanceof KoppelError ? error : null;
            if (!known) request.log.error({ err: error }, 'import failed');
            line({
              error: known
                ? { message: known.messages[locale], extensions: { ...known.extensions, code: known.code, requestId: request.id } }
                : {
                    message: `Internal server error (request ${request.id})`,
                    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: request.id },
                  },
            });
          })
          .finally(() => stream.end());
        line({ progress: { rows: 0, rejected: 0, bytes: bytes.length } });
        return reply.header('content-type', 'application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(stream);
      } catch (error) {
        if (error instanceof KoppelError) {
          // Whatever of the body is still on its way is read and dropped by Node, not kept: close the connection after answering.
          reply.header('connection', 'close');
          return refuse(reply, request, error, locale);
        }
        throw error;
      }
    });
  });

  app.get(TEMPLATE_PATH, async (_request, reply) => {
    const csv = `${BOM}${csvLine(IMPORT_COLUMNS)}${csvLine(IMPORT_COLUMNS.map((column) => TEMPLATE_ROW[column]))}`;
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="initiatieven-sjabloon.csv"')
      .send(csv);
  });

  app.get<{ Querystring: Record<string, string | string[]> }>(INITIATIVES_EXPORT_PATH, async (request, reply) => {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    try {
      const ctx = await contextOf(request, deps, locale, false);
      const filter = initiativeFilterOf(request.query, locale);
      const scope = initiativeScope(ctx.viewer);
      const reference = await ctx.runtime.reference.get();
      const header = [
        'id',
        'title',
        'organisationId',
        'organisation',
        'status',
        'summary',
        'description',
        'themes',
        'municipalityCodes',
        'municipalities',
        'national',
        'targetGroups',
        'budgetRequested',
        'coFundingSecured',
        'startsOn',
        'endsOn',
        'publishedAt',
      ];
      async function* lines(): AsyncGenerator<string> {
        yield `${BOM}${csvLine(header)}`;
        let after: string | null = null;
        for (;;) {
          const rows = await initiativesForExport(ctx.db, filter, scope, after, EXPORT_BATCH);
          if (!rows.length) return;
          const organisations = await organisationSummaries(ctx.db, [...new Set(rows.map((r) => r.organisationId))]);
          let chunk = '';
          for (const row of rows)
            chunk += csvLine([
              row.id,
              row.title,
              row.organisationId,
              organisations.get(row.organisationId)?.name ?? '',
              row.status,
              row.summary,
              row.description,
              row.themes,
              row.municipalityCodes,
              row.municipalityCodes.map((code) => reference.municipalities.get(code)?.name ?? code),
              row.national ? 'true' : 'false',
              row.targetGroups,
              row.budgetRequested,
              row.coFundingSecured,
              row.startsOn,
              row.endsOn,
              row.publishedAt,
            ]);
          yield chunk;
          if (rows.length < EXPORT_BATCH) return;
          after = rows[rows.length - 1]?.position ?? null;
        }
      }
      return sendCsv(reply, 'initiatieven.csv', lines());
    } catch (error) {
      if (error instanceof KoppelError) return refuse(reply, request, error, locale);
      throw error;
    }
  });

  app.get<{ Querystring: Record<string, string | string[]> }>(ORGANISATIONS_EXPORT_PATH, async (request, reply) => {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    try {
      const ctx = await contextOf(request, deps, locale, false);
      const filter = organisationFilterOf(request.query, locale);
      const header = [
        'id',
        'name',
        'kind',
        'description',
        'website',
        'contactEmail',
        'municipalityCode',
        'kvkNumber',
        'anbi',
        'migrantLed',
        'themes',
        'municipalityCodes',
        'provinceCodes',
        'national',
      ];
      async function* lines(): AsyncGenerator<string> {
        yield `${BOM}${csvLine(header)}`;
        let after: string | null = null;
        for (;;) {
          const rows = await organisationsForExport(ctx.db, ctx.viewer, filter, after, EXPORT_BATCH);
          if (!rows.length) return;
          yield rows
            .map((row) =>
              csvLine([
                row.id,
                row.name,
                row.kind,
                row.description,
                row.website,
                row.contactEmail,
                row.municipalityCode,
                row.kvkNumber,
                row.anbi ? 'true' : 'false',
                row.migrantLed ? 'true' : 'false',
                row.themes,
                row.municipalityCodes,
                row.provinceCodes,
                row.national ? 'true' : 'false',
              ]),
            )
            .join('');
          if (rows.length < EXPORT_BATCH) return;
          after = rows[rows.length - 1]?.position ?? null;
        }
      }
      return sendCsv(reply, 'organisaties.csv', lines());
    } catch (error) {
      if (error instanceof KoppelError) return refuse(reply, request, error, locale);
      throw error;
    }
  });

  app.get(GRANTS_PATH, async (request, reply) => {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    try {
      const ctx = await contextOf(request, deps, locale, false);
      const publicUrl = (deps.settings as unknown as { call?: { publicUrl?: string } }).call?.publicUrl ?? '';
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', 'inline; filename="koppel-360giving.json"')
        .send(await grantsPackage(ctx, publicUrl.replace(/\/$/, '')));
    } catch (error) {
      if (error instanceof KoppelError) return refuse(reply, request, error, locale);
      throw error;
    }
  });
}

/** The request's context for the services: its viewer (401 for a bad bearer token; `signedIn` requires one), language, loaders. */
async function contextOf(request: FastifyRequest, deps: RouteDeps, locale: Locale, signedIn: boolean): Promise<Context> {
  const { viewer, rejected } = await deps.viewerOf(request);
  if (rejected || (signedIn && !viewer)) throw unauthenticated();
  const loaderDeps = { db: deps.db, viewer, runtime: deps.runtime };
  const loaders = {
    initiative: createInitiativeLoaders(loaderDeps),
    organisation: createOrganisationLoaders(loaderDeps),
  } as Partial<Loaders> as Loaders;
  return {
    requestId: request.id,
    locale,
    viewer,
    db: deps.db,
    loaders,
    settings: deps.settings,
    runtime: deps.runtime,
    log: request.log,
  } as Partial<Context> as Context;
}

/** The body, up to `limit` bytes: beyond it, 413 without reading further (what is still arriving is dropped, not kept). */
async function readLimited(body: Readable | undefined, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) {
      body.destroy();
      throw payloadTooLarge(limit);
    }
    parts.push(buffer);
  }
  return Buffer.concat(parts, size);
}

function wantsProgress(request: FastifyRequest): boolean {
  return String(request.headers.accept ?? '').includes('application/x-ndjson');
}

function flag(value: string | string[] | undefined, name: string, locale: Locale, problems: FieldProblems): boolean {
  if (value === undefined) return false;
  const text = Array.isArray(value) ? value[0] : value;
  if (text === 'true' || text === '1' || text === '') return true;
  if (text === 'false' || text === '0') return false;
  problems[name] = locale === 'nl' ? 'Gebruik true of false.' : 'Use true or false.';
  return false;
}

function importOptions(query: Record<string, string | string[]>, locale: Locale): { dryRun: boolean; skipInvalid: boolean } {
  const problems: FieldProblems = {};
  const unknown = Object.keys(query).filter((key) => key !== 'dryRun' && key !== 'skipInvalid');
  for (const key of unknown) problems[key] = locale === 'nl' ? 'Onbekende parameter.' : 'Unknown parameter.';
  const options = {
    dryRun: flag(query.dryRun, 'dryRun', locale, problems),
    skipInvalid: flag(query.skipInvalid, 'skipInvalid', locale, problems),
  };
  if (Object.keys(problems).length) throw badUserInput(problems);
  return options;
}

const listOf = (value: string | string[] | undefined): string[] | undefined =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

function integer(value: string | string[] | undefined, name: string, locale: Locale, problems: FieldProblems): number | undefined {
  const text = single(value);
  if (text === undefined || text === '') return undefined;
  if (/^\d{1,10}$/.test(text)) return Number(text);
  problems[name] = locale === 'nl' ? 'Geen heel getal.' : 'Not a whole number.';
  return undefined;
}

function enumList(values: string[] | undefined, allowed: readonly string[], name: string, locale: Locale, problems: FieldProblems) {
  values?.forEach((value, index) => {
    if (!allowed.includes(value))
      problems[`${name}.${index}`] = locale === 'nl' ? `Onbekende waarde: ${value}.` : `Unknown value: ${value}.`;
  });
}

/** `InitiativeFilter` from query parameters (lists repeated or comma-separated), checked by the filter's own rules. */
function initiativeFilterOf(query: Record<string, string | string[]>, locale: Locale): InitiativeFilter {
  const known = [
    'themes',
    'municipalityCodes',
    'provinceCodes',
    'includeNational',
    'statuses',
    'organisationId',
    'targetGroups',
    'budgetMin',
    'budgetMax',
    'search',
  ];
  const problems: FieldProblems = {};
  for (const key of Object.keys(query))
    if (!known.includes(key)) problems[key] = locale === 'nl' ? 'Onbekende parameter.' : 'Unknown parameter.';
  const filter: InitiativeFilter = {
    themes: listOf(query.themes) as InitiativeFilter['themes'],
    municipalityCodes: listOf(query.municipalityCodes),
    provinceCodes: listOf(query.provinceCodes),
    includeNational: query.includeNational === undefined ? undefined : flag(query.includeNational, 'includeNational', locale, problems),
    statuses: listOf(query.statuses) as InitiativeFilter['statuses'],
    organisationId: single(query.organisationId),
    targetGroups: listOf(query.targetGroups) as InitiativeFilter['targetGroups'],
    budgetMin: integer(query.budgetMin, 'budgetMin', locale, problems),
    budgetMax: integer(query.budgetMax, 'budgetMax', locale, problems),
    search: single(query.search),
  };
  enumList(filter.themes ?? undefined, THEME_SLUGS, 'themes', locale, problems);
  enumList(filter.statuses ?? undefined, INITIATIVE_STATUSES, 'statuses', locale, problems);
  enumList(filter.targetGroups ?? undefined, TARGET_GROUP_SLUGS, 'targetGroups', locale, problems);
  Object.assign(problems, problemsOf(InitiativeFilter, filter, locale), { ...problems });
  if (Object.keys(problems).length) throw badUserInput(problems);
  return filter;
}

/** `OrganisationFilter` from query parameters, checked by the filter's own rules. */
function organisationFilterOf(query: Record<string, string | string[]>, locale: Locale): OrganisationFilter {
  const known = ['kinds', 'themes', 'municipalityCodes', 'provinceCodes', 'includeNational', 'migrantLed', 'search'];
  const problems: FieldProblems = {};
  for (const key of Object.keys(query))
    if (!known.includes(key)) problems[key] = locale === 'nl' ? 'Onbekende parameter.' : 'Unknown parameter.';
  const filter = {
    kinds: listOf(query.kinds),
    themes: listOf(query.themes),
    municipalityCodes: listOf(query.municipalityCodes),
    provinceCodes: listOf(query.provinceCodes),
    includeNational: query.includeNational === undefined ? undefined : flag(query.includeNational, 'includeNational', locale, problems),
    migrantLed: query.migrantLed === undefined ? undefined : flag(query.migrantLed, 'migrantLed', locale, problems),
    search: single(query.search),
  } as OrganisationFilter;
  enumList(filter.kinds ?? undefined, ORGANISATION_KINDS, 'kinds', locale, problems);
  enumList(filter.themes ?? undefined, THEME_SLUGS, 'themes', locale, problems);
  Object.assign(problems, problemsOf(OrganisationFilter, filter, locale), { ...problems });
  if (Object.keys(problems).length) throw badUserInput(problems);
  return filter;
}

function sendCsv(reply: FastifyReply, filename: string, lines: AsyncGenerator<string>) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(lines));
}

function refuse(reply: FastifyReply, request: FastifyRequest, error: KoppelError, locale: Locale) {
  if (error.code === 'UNAUTHENTICATED') reply.header('www-authenticate', 'Bearer');
  return reply
    .code(STATUS[error.code] ?? 400)
    .header('cache-control', 'no-store')
    .send({ errors: [{ message: error.messages[locale], extensions: { ...error.extensions, code: error.code, requestId: request.id } }] });
}

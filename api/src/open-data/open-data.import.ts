import { Readable } from 'node:stream';
import type { Locale } from '@koppel/reference-data';
import { CsvError, parse } from 'csv-parse';
import type { Context } from '../core/context.js';
import { badUserInput } from '../core/errors.js';
import type { InitiativeInput } from '../initiative/initiative.inputs.js';
import { INITIATIVE_INPUT_FIELDS, initiativeInputProblems } from '../initiative/initiative.inputs.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { binaryKind, booleanCell, cellMessages, dateCell, decodeCsv, detectDelimiter, eurosCell, listCell } from './open-data.csv.js';

/** Up to 20 MB per import (API.md); the route refuses larger bodies with 413 before reading them. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The columns an import reads: `InitiativeInput`'s field names (without `organisationId`: the address names the organisation). */
export const IMPORT_COLUMNS = INITIATIVE_INPUT_FIELDS;
type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ImportColumn[] = ['title', 'themes'];
/** Columns the initiatives export writes beside the import's: read past, so that an export can be edited and imported again. */
const IGNORED_COLUMNS = ['id', 'organisationId', 'organisation', 'status', 'municipalities', 'publishedAt', 'createdAt'];

/** The template's example row (`GET /api/initiatives-template.csv`). */
export const TEMPLATE_ROW: Record<ImportColumn, string> = {
  title: 'Taalmaatjes Zwolle',
  summary: 'Vrijwillige taalcoach en statushouder oefenen wekelijks samen Nederlands.',
  description: 'Een jaar lang, een uur per week, in de bibliotheek of thuis.',
  themes: 'EDUCATION|VOLUNTEERING',
  municipalityCodes: 'GM0193|GM0150',
  national: 'nee',
  targetGroups: 'STATUSHOUDERS',
  budgetRequested: '15000',
  coFundingSecured: '2500',
  startsOn: '2026-09-01',
  endsOn: '2027-08-31',
};

export interface RowError {
  /** 1 is the first row after the header. */
  row: number;
  /** The column's name in the header; null when the row as a whole is wrong (a quote never closed). */
  column: string | null;
  message: string;
}

export interface ImportReport {
  /** Initiatives written (as DRAFTs); 0 on a dry run, and when a row has an error without `skipInvalid`. */
  imported: number;
  /** Rows with at least one error. */
  rejected: number;
  /** Rows without an error (what a real import writes with `skipInvalid`). */
  valid: number;
  /** Data rows read (the header not counted). */
  rows: number;
  dryRun: boolean;
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ';' | ',';
  errors: RowError[];
}

export interface ImportOptions {
  dryRun: boolean;
  skipInvalid: boolean;
  /** Called every few hundred rows, and before writing (`writing: true`). */
  onProgress?: (progress: { rows: number; rejected: number; writing?: boolean }) => void;
}

const t = (locale: Locale, nl: string, en: string) => (locale === 'nl' ? nl : en);

/**
 * Imports a CSV of initiatives for one organisation as DRAFTs: decoded (UTF-8 with or without BOM, else
 * Windows-1252), parsed record by record with csv-parse (`;` or `,`, detected from the header), each row
 * checked exactly as `createInitiative` checks its input (`initiativeInputProblems` of the initiative
 * feature), and the valid rows written in one transaction by the initiative feature (`importDrafts`).
 * Nothing is written when any row has an error, unless `skipInvalid`. File-level problems (not text, a
 * wrong header) are one BAD_USER_INPUT.
 */
export async function importInitiatives(
  ctx: Context,
  organisationId: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportReport> {
  const { locale } = ctx;
  const kind = binaryKind(bytes);
  if (kind)
    throw badUserInput(
      {
        file:
          kind === 'EXCEL'
            ? t(
                locale,
                'Dit is een Excel- of zip-bestand: sla het op als CSV (puntkomma-gescheiden).',
                'This is an Excel or zip file: save it as CSV (semicolon separated).',
              )
            : t(locale, 'Dit is geen tekstbestand: kies een CSV-bestand.', 'This is not a text file: choose a CSV file.'),
      },
      { nl: 'Het bestand is geen CSV.', en: 'The file is not a CSV file.' },
    );
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const reference = await ctx.runtime.reference.get();
  const exists = (code: string) => reference.municipalities.has(code);

  const parser = Readable.from(chunks(text)).pipe(
    parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: false }),
  );
  let header: string[] | null = null;
  const errors: RowError[] = [];
  const valid: InitiativeInput[] = [];
  let rows = 0;
  let rejected = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = checkHeader(record, locale);
        continue;
      }
      rows++;
      const problems = rowProblems(record, header, organisationId, locale, exists);
      if (problems.errors.length) {
        rejected++;
        for (const error of problems.errors) errors.push({ row: rows, ...error });
      } else if (problems.input) valid.push(problems.input);
      if (rows % 500 === 0) options.onProgress?.({ rows, rejected });
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    rows++;
    rejected++;
    errors.push({
      row: rows,
      column: null,
      message: t(
        locale,
        `Deze regel is geen geldige CSV (${error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'een aanhalingsteken wordt niet gesloten' : error.code}); de rest van het bestand is niet gelezen.`,
        `This row is not valid CSV (${error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote is never closed' : error.code}); the rest of the file was not read.`,
      ),
    });
  }
  if (!header)
    throw badUserInput(
      {
        header: t(
          locale,
          `Het bestand is leeg: de eerste regel moet de kolomnamen hebben (${IMPORT_COLUMNS.join(';')}).`,
          `The file is empty: its first line must name the columns (${IMPORT_COLUMNS.join(';')}).`,
        ),
      },
      { nl: 'Het bestand heeft geen kopregel.', en: 'The file has no header line.' },
    );
  let imported = 0;
  if (!options.dryRun && (errors.length === 0 || options.skipInvalid) && valid.length) {
    options.onProgress?.({ rows, rejected, writing: true });
    imported = (await new InitiativeService(ctx).importDrafts(organisationId, valid)).length;
  }
  return { imported, rejected, valid: valid.length, rows, dryRun: options.dryRun, encoding, delimiter, errors };
}

function* chunks(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += 65_536) yield text.slice(start, start + 65_536);
}

/** The header's column names, checked: known names only, each once, `title` and `themes` present. One error naming every problem. */
function checkHeader(record: string[], locale: Locale): string[] {
  const names = record.map((name) => name.replace(/^\uFEFF/, '').trim());
  const known = (name: string) => (IMPORT_COLUMNS as readonly string[]).includes(name) || IGNORED_COLUMNS.includes(name);
  const unknown = names.filter((name) => !known(name));
  const duplicates = names.filter((name, index) => name && names.indexOf(name) !== index);
  const missing = REQUIRED_COLUMNS.filter((name) => !names.includes(name));
  if (!unknown.length && !duplicates.length && !missing.length) return names;
  const parts: string[] = [];
  if (unknown.length)
    parts.push(t(locale, `onbekende kolommen: ${unknown.map(show).join(', ')}`, `unknown columns: ${unknown.map(show).join(', ')}`));
  if (duplicates.length)
    parts.push(t(locale, `dubbele kolommen: ${duplicates.join(', ')}`, `columns that appear twice: ${duplicates.join(', ')}`));
  if (missing.length) parts.push(t(locale, `ontbrekende kolommen: ${missing.join(', ')}`, `missing columns: ${missing.join(', ')}`));
  const message = t(
    locale,
    `De kopregel klopt niet (${parts.join('; ')}). Verwacht: ${IMPORT_COLUMNS.join(';')} (title en themes zijn verplicht).`,
    `The header is wrong (${parts.join('; ')}). Expected: ${IMPORT_COLUMNS.join(';')} (title and themes are required).`,
  );
  throw badUserInput({ header: message }, { nl: 'De kopregel van het bestand klopt niet.', en: "The file's header is wrong." });
}

const show = (name: string) => (name === '' ? '""' : JSON.stringify(name.slice(0, 40)));

function rowProblems(
  record: string[],
  header: string[],
  organisationId: string,
  locale: Locale,
  exists: (code: string) => boolean,
): { input?: InitiativeInput; errors: Omit<RowError, 'row'>[] } {
  if (record.length !== header.length) {
    const column = header[Math.min(record.length, header.length - 1)] ?? null;
    return { errors: [{ column, message: cellMessages.cellCount(locale, header.length, record.length) }] };
  }
  const cells = new Map<string, string>();
  header.forEach((name, index) => {
    cells.set(name, record[index] ?? '');
  });
  const errors: Omit<RowError, 'row'>[] = [];
  const text = (name: ImportColumn) => {
    const value = cells.get(name)?.trim();
    return value ? value : null;
  };
  const list = (name: ImportColumn, upper: boolean) => {
    const value = cells.get(name);
    if (value === undefined) return undefined;
    return listCell(value).map((entry) => (upper ? entry.toUpperCase() : entry));
  };
  const input: InitiativeInput = {
    organisationId,
    title: text('title') ?? '',
    themes: (list('themes', true) ?? []) as InitiativeInput['themes'],
  };
  if (cells.has('summary')) input.summary = text('summary');
  if (cells.has('description')) input.description = text('description');
  if (cells.has('municipalityCodes')) input.municipalityCodes = list('municipalityCodes', true) ?? [];
  if (cells.has('targetGroups')) input.targetGroups = (list('targetGroups', true) ?? []) as InitiativeInput['targetGroups'];
  if (cells.has('startsOn')) input.startsOn = dateCell(cells.get('startsOn') ?? '');
  if (cells.has('endsOn')) input.endsOn = dateCell(cells.get('endsOn') ?? '');
  if (cells.has('national')) {
    const national = booleanCell(cells.get('national') ?? '');
    if (national === undefined) errors.push({ column: 'national', message: cellMessages.boolean(locale) });
    else input.national = national;
  }
  for (const name of ['budgetRequested', 'coFundingSecured'] as const) {
    if (!cells.has(name)) continue;
    const amount = eurosCell(cells.get(name) ?? '');
    if (amount === undefined) errors.push({ column: name, message: cellMessages.euros(locale) });
    else input[name] = amount;
  }
  const problems = initiativeInputProblems(input, locale, exists);
  for (const [path, message] of Object.entries(problems)) {
    const field = path.split('.')[0] ?? path;
    const column = header.includes(field) ? field : (IMPORT_COLUMNS as readonly string[]).includes(field) ? field : null;
    if (!errors.some((e) => e.column === column)) errors.push({ column, message });
  }
  return errors.length ? { errors } : { input, errors };
}

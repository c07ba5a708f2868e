import type { Locale } from '@koppel/reference-data';

/**
 * CSV as Dutch spreadsheet programs read and write it: `;` as delimiter, UTF-8 with a BOM, CRLF line ends.
 * Pure helpers (no I/O), tested beside.
 */

export const BOM = '\uFEFF';
/** Separates the entries of a list in one cell (`EDUCATION|LABOUR_MARKET`). */
export const LIST_SEPARATOR = '|';

/**
 * One cell, quoted when needed. A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading apostrophe, so `=HYPERLINK(…)` stays text.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: readonly unknown[]): string => `${cells.map(csvCell).join(';')}\r\n`;

/** Why a file is not a CSV text file at all, or null: NUL bytes or the signature of a zip (xlsx), PDF or image. */
export function binaryKind(head: Uint8Array): 'EXCEL' | 'BINARY' | null {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'EXCEL'; // zip: xlsx, ods
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'EXCEL'; // OLE: xls
  const sample = head.subarray(0, 65_536);
  if (sample.includes(0)) return 'BINARY';
  return null;
}

/**
 * The text of an upload: UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, Windows-1252 otherwise
 * (what Excel on Windows writes as "CSV"). Windows-1252 maps every byte, so this never fails.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest is Latin-1); undefined bytes stay as their code point. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252 by table: Node 20's `TextDecoder('windows-1252')` decodes as Latin-1 (0x80 becomes U+0080, not €),
 * so the 32 bytes where the two differ are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** `;` or `,`: whichever occurs more often outside quotes in the first line (the header). `;` on a tie. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

const t = (locale: Locale, nl: string, en: string) => (locale === 'nl' ? nl : en);

/** Splits a list cell on `|`; empty entries are dropped. */
export const listCell = (value: string): string[] =>
  value
    .split(LIST_SEPARATOR)
    .map((entry) => entry.trim())
    .filter(Boolean);

/** A yes/no cell: `true`/`false`, `ja`/`nee`, `yes`/`no`, `1`/`0`, or empty (null). Undefined when it is none of those. */
export function booleanCell(value: string): boolean | null | undefined {
  const text = value.trim().toLowerCase();
  if (text === '') return null;
  if (['true', 'ja', 'yes', 'j', 'y', '1', 'waar'].includes(text)) return true;
  if (['false', 'nee', 'no', 'n', '0', 'onwaar'].includes(text)) return false;
  return undefined;
}

/** Whole euros: digits, optionally with `€`, spaces or `.` as thousands separators (`15.000`); empty is null. Undefined when not a whole number. */
export function eurosCell(value: string): number | null | undefined {
  const text = value.replace(/[€\s]/g, '');
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replaceAll('.', ''));
  return undefined;
}

/** A date as ISO `2026-04-01`, or the Dutch `1-4-2026` / `01-04-2026` (turned into ISO); empty is null. Other text stays as it is (and fails validation). */
export function dateCell(value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  const dutch = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  if (dutch) return `${dutch[3]}-${(dutch[2] ?? '').padStart(2, '0')}-${(dutch[1] ?? '').padStart(2, '0')}`;
  return text;
}

export const cellMessages = {
  boolean: (locale: Locale) => t(locale, 'Vul ja of nee in (of true/false).', 'Fill in yes or no (or true/false).'),
  euros: (locale: Locale) => t(locale, 'Geen heel bedrag in euro’s (bijvoorbeeld 15000).', 'Not a whole number of euros (e.g. 15000).'),
  cellCount: (locale: Locale, expected: number, got: number) =>
    t(locale, `Deze regel heeft ${got} kolommen in plaats van ${expected}.`, `This row has ${got} columns instead of ${expected}.`),
};

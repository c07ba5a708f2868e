/**
 * CSV for spreadsheets: RFC 4180 quoting, and formula injection neutralised — a cell that starts with
 * `=`, `+`, `-`, `@` (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet shows
 * it as text instead of running it.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvCell).join(',');
}

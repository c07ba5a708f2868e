/** What `POST /api/organisations/{id}/initiatives.csv` answers (API.md, "Import and export"). */
export interface ImportResult {
  imported: number;
  rejected: number;
  errors: { row: number; column: string; message: string }[];
}

export type UploadProgress =
  /** The file is on its way: bytes sent of the total. */
  | { phase: 'uploading'; loaded: number; total: number }
  /** Sent; the server checks (and writes) the rows. */
  | { phase: 'processing' };

export class ImportFailed extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The largest file the API takes (API.md: up to 20 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Sends a CSV file with XMLHttpRequest (fetch cannot report upload progress) and reports how far it is. Same origin,
 * with the session cookie; `Accept-Language` asks for the error messages in the page's language.
 */
export function uploadCsv(
  url: string,
  file: Blob,
  language: string,
  onProgress: (progress: UploadProgress) => void,
): { result: Promise<ImportResult>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const result = new Promise<ImportResult>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', language);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      onProgress({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: an error page of a proxy, or nothing.
      }
      if (xhr.status >= 200 && xhr.status < 300 && isImportResult(body)) resolve(body);
      else if (isImportResult(body)) resolve(body);
      else reject(new ImportFailed(errorMessage(body), xhr.status));
    };
    xhr.onerror = () => reject(new ImportFailed('', 0));
    xhr.onabort = () => reject(new ImportFailed('', -1));
    onProgress({ phase: 'uploading', loaded: 0, total: file.size });
    xhr.send(file);
  });
  return { result, abort: () => xhr.abort() };
}

function isImportResult(body: unknown): body is ImportResult {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ImportResult).imported === 'number' &&
    typeof (body as ImportResult).rejected === 'number' &&
    Array.isArray((body as ImportResult).errors)
  );
}

/** The API's message, from `{ message }` or `{ errors: [{ message }] }` (a refused request). */
function errorMessage(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const record = body as { message?: unknown; errors?: { message?: unknown }[] };
  if (typeof record.message === 'string') return record.message;
  const first = record.errors?.[0]?.message;
  return typeof first === 'string' ? first : '';
}

/** The columns of an import file, in order: `InitiativeInput`'s field names (API.md). */
export const IMPORT_COLUMNS = [
  'title',
  'summary',
  'description',
  'themes',
  'municipalityCodes',
  'national',
  'targetGroups',
  'budgetRequested',
  'startsOn',
  'endsOn',
] as const;

/** A template to fill in: the header and one example row, `;`-separated with a BOM (as a Dutch spreadsheet saves it). */
export function templateCsv(): string {
  const example = [
    'Taalcafé Noord',
    'Wekelijks taalcafé voor nieuwkomers.',
    'Elke woensdagavond oefenen nieuwkomers Nederlands met vrijwilligers uit de buurt.',
    'EDUCATION|VOLUNTEERING',
    'GM0363',
    'false',
    'STATUSHOUDERS',
    '12000',
    '2026-03-01',
    '2026-12-31',
  ];
  return `\uFEFF${IMPORT_COLUMNS.join(';')}\r\n${example.join(';')}\r\n`;
}

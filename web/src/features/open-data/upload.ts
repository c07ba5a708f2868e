/** What `POST /api/organisations/{id}/initiatives.csv` answers (API.md, "Import and export"). */
export interface ImportResult {
  imported: number;
  rejected: number;
  /** Rows without errors (a check only writes none of them). */
  valid?: number;
  rows?: number;
  errors: { row: number; column: string; message: string }[];
}

export type UploadProgress =
  /** The file is on its way: bytes sent of the total. */
  | { phase: 'uploading'; loaded: number; total: number }
  /** Sent; the server checks the rows (`rows` so far, `rejected` of them) and then writes them. */
  | { phase: 'processing'; rows: number; rejected: number; writing: boolean };

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
export const TEMPLATE_URL = '/api/initiatives-template.csv';

/**
 * Sends a CSV file with XMLHttpRequest (fetch cannot report upload progress) and reports how far it is: the upload's
 * bytes, then the API's own progress lines (`Accept: application/x-ndjson`: `{"progress":{rows,rejected,writing}}` as
 * it checks, then `{"result":…}` or `{"error":…}`). Same origin, with the session cookie; `Accept-Language` asks for
 * the messages in the page's language.
 */
export function uploadCsv(
  url: string,
  file: Blob,
  language: string,
  onProgress: (progress: UploadProgress) => void,
): { result: Promise<ImportResult>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const result = new Promise<ImportResult>((resolve, reject) => {
    let read = 0;
    let settled = false;
    const finish = (outcome: { result?: unknown; error?: unknown }) => {
      if (settled) return;
      settled = true;
      if (isImportResult(outcome.result)) resolve(outcome.result);
      else reject(new ImportFailed(errorMessage(outcome.error), xhr.status));
    };
    /** Handles every complete line that arrived since the last call. */
    const readLines = () => {
      if (!xhr.getResponseHeader('content-type')?.includes('ndjson')) return;
      const text = xhr.responseText;
      let end = text.indexOf('\n', read);
      while (end >= 0) {
        const line = text.slice(read, end).trim();
        read = end + 1;
        end = text.indexOf('\n', read);
        if (!line) continue;
        let message: { progress?: { rows: number; rejected: number; writing?: boolean }; result?: unknown; error?: unknown };
        try {
          message = JSON.parse(line);
        } catch {
          continue;
        }
        if (message.progress)
          onProgress({
            phase: 'processing',
            rows: message.progress.rows,
            rejected: message.progress.rejected,
            writing: !!message.progress.writing,
          });
        else if ('result' in message || 'error' in message) finish(message);
      }
    };
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/x-ndjson, application/json');
    xhr.setRequestHeader('Accept-Language', language);
    xhr.upload.onprogress = (event) =>
      onProgress({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.upload.onload = () => onProgress({ phase: 'processing', rows: 0, rejected: 0, writing: false });
    xhr.onprogress = readLines;
    xhr.onload = () => {
      readLines();
      if (settled) return;
      // A plain JSON answer: the import's report (200, or 422 when nothing was written), or a refusal.
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: a proxy's error page, or nothing.
      }
      finish(isImportResult(body) ? { result: body } : { error: body });
    };
    xhr.onerror = () => finish({ error: null });
    xhr.onabort = () => {
      settled = true;
      reject(new ImportFailed('', -1));
    };
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

/**
 * The API's words for a refusal: `{ message, extensions: { fields } }` (a progress line's error) or
 * `{ errors: [{ message, extensions }] }` (a refused request); the fields' reasons (a wrong header) come after.
 */
function errorMessage(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  type Problem = { message?: unknown; extensions?: { fields?: Record<string, unknown> } };
  const record = body as Problem & { errors?: Problem[] };
  const problem = typeof record.message === 'string' ? record : record.errors?.[0];
  if (!problem || typeof problem.message !== 'string') return '';
  const fields = Object.values(problem.extensions?.fields ?? {}).filter((value): value is string => typeof value === 'string');
  return [problem.message, ...fields].join(' ');
}

import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import fieldStyles from '../../../ui/Field.module.css';
import { isNotFound } from '../../../ui/form';
import { Actions, FormStack, Page } from '../../../ui/Page';
import { ErrorNotice, Loading, Notice } from '../../../ui/States';
import { Table } from '../../../ui/Table';
import { useViewer } from '../../account/hooks/useViewer';
import { ManageNav } from '../../organisations/components/ManageNav';
import { ImportOrganisationQuery } from '../graphql/importOrganisation.query';
import { openDataMessages } from '../messages';
import { ImportFailed, type ImportResult, MAX_IMPORT_BYTES, TEMPLATE_URL, type UploadProgress, uploadCsv } from '../upload';
import styles from './ImportInitiativesPage.module.css';

/** Errors shown in the table; a file with thousands of bad rows lists the first ones (the count says so). */
const MAX_SHOWN_ERRORS = 500;

type State =
  | { kind: 'idle' }
  | { kind: 'running'; dryRun: boolean; progress: UploadProgress }
  | { kind: 'done'; dryRun: boolean; skipInvalid: boolean; result: ImportResult }
  | { kind: 'failed'; message: string };

/**
 * `/organisaties/{id}/initiatieven/importeren`: an EDITOR or OWNER uploads a CSV of initiatives, checks it first
 * (`dryRun`) or imports it (optionally skipping bad rows), sees the upload's progress and then every error by row
 * and column, fixes the file and uploads it again.
 */
export function ImportInitiativesPage() {
  const { id = '' } = useParams();
  const m = useMessages(openDataMessages);
  const { language } = useLanguage();
  const { mayEdit, loading: viewerLoading } = useViewer();
  const query = useQuery(ImportOrganisationQuery, { variables: { id } });
  const client = useApolloClient();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const abort = useRef<(() => void) | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => () => abort.current?.(), []);

  if ((query.loading && !query.data) || viewerLoading) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.organisation)) return <NotFound />;
  if (query.error || !query.data?.organisation) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const organisation = query.data.organisation;

  const run = (dryRun: boolean) => {
    if (!file) {
      setFileError(m.noFile);
      fileInput.current?.focus();
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(m.tooLarge);
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    const search = new URLSearchParams();
    if (dryRun) search.set('dryRun', 'true');
    if (skipInvalid && !dryRun) search.set('skipInvalid', 'true');
    const url = `/api/organisations/${encodeURIComponent(id)}/initiatives.csv${search.size > 0 ? `?${search}` : ''}`;
    const upload = uploadCsv(url, file, language, (progress) => setState({ kind: 'running', dryRun, progress }));
    abort.current = upload.abort;
    upload.result.then(
      (result) => {
        // New drafts: the organisation's lists and the initiative lists load again when next shown.
        if (!dryRun && result.imported > 0) {
          client.cache.evict({ id: client.cache.identify({ __typename: 'Organisation', id }), fieldName: 'initiatives' });
          client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
          client.cache.gc();
        }
        setState({ kind: 'done', dryRun, skipInvalid: skipInvalid && !dryRun, result });
      },
      (error: unknown) => {
        const failed = error instanceof ImportFailed ? error : null;
        setState({ kind: 'failed', message: failed?.status === -1 ? m.cancelled : failed?.message || m.failed });
      },
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run(false);
  };
  const running = state.kind === 'running';

  return (
    <Page
      title={m.importTitle}
      eyebrow={organisation.name}
      lead={<p>{m.importLead(organisation.name)}</p>}
      back={<Link to={`/organisaties/${id}`}>← {organisation.name}</Link>}
    >
      {!mayEdit(id) ? (
        <Notice tone="warning">
          <p>{m.notAllowed}</p>
        </Notice>
      ) : (
        <>
          <ManageNav organisationId={id} kind={organisation.kind} />
          <Panel title={m.columnsTitle} id="import-file">
            <p>{m.columns}</p>
            <p>
              <a href={TEMPLATE_URL} download>
                {m.template}
              </a>
            </p>
            <form onSubmit={onSubmit} noValidate>
              <FormStack>
                <div className={fieldStyles.field}>
                  <label className={fieldStyles.label} htmlFor={fileId}>
                    {m.file}
                  </label>
                  <p className={fieldStyles.hint} id={`${fileId}-hint`}>
                    {m.fileHint}
                  </p>
                  <input
                    ref={fileInput}
                    id={fileId}
                    type="file"
                    accept=".csv,text/csv"
                    aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
                    aria-invalid={fileError ? true : undefined}
                    onChange={(event) => {
                      setFile(event.target.files?.[0] ?? null);
                      setFileError(null);
                    }}
                  />
                  {fileError && (
                    <p className={fieldStyles.error} id={`${fileId}-error`}>
                      {fileError}
                    </p>
                  )}
                </div>
                <label className={styles.check}>
                  <input type="checkbox" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} />
                  {m.skipInvalid}
                </label>
                <Actions>
                  <Button onClick={() => run(true)} disabled={running}>
                    {m.check}
                  </Button>
                  <Button type="submit" variant="primary" disabled={running}>
                    {m.import}
                  </Button>
                  {running && (
                    <Button variant="quiet" onClick={() => abort.current?.()}>
                      {m.cancel}
                    </Button>
                  )}
                </Actions>
              </FormStack>
            </form>
            <ImportStatus state={state} />
          </Panel>
          {state.kind === 'done' && state.result.errors.length > 0 && <ErrorTable result={state.result} />}
        </>
      )}
    </Page>
  );
}

function ImportStatus({ state }: { state: State }) {
  const m = useMessages(openDataMessages);
  const { id = '' } = useParams();
  if (state.kind === 'idle') return <div aria-live="polite" />;
  if (state.kind === 'running') {
    const { progress } = state;
    const percent = progress.phase === 'uploading' && progress.total > 0 ? Math.round((100 * progress.loaded) / progress.total) : null;
    const text =
      progress.phase === 'uploading'
        ? m.uploading(percent ?? 0)
        : progress.writing
          ? m.writing(progress.rows - progress.rejected)
          : m.processing(progress.rows, progress.rejected);
    return (
      <div className={styles.progress} aria-live="polite">
        <div
          role="progressbar"
          aria-label={m.progress}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          aria-valuetext={text}
          className={styles.track}
        >
          <div
            className={percent === null ? styles.indeterminate : styles.fill}
            style={percent === null ? undefined : { width: `${percent}%` }}
          />
        </div>
        <p>{text}</p>
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div aria-live="polite">
        <ErrorNotice message={state.message} />
      </div>
    );
  }
  const { result, dryRun } = state;
  const summary = dryRun
    ? m.checked(result.valid ?? result.imported, result.rejected)
    : result.imported === 0 && result.rejected > 0
      ? m.nothingImported(result.rejected)
      : result.rejected > 0
        ? m.importedSome(result.imported, result.rejected)
        : m.importedAll(result.imported);
  const tone = result.rejected > 0 ? 'warning' : 'success';
  return (
    <div aria-live="polite" className={styles.result}>
      <Notice tone={tone}>
        <p>{summary}</p>
        {!dryRun && result.imported > 0 && (
          <p>
            <Link to={`/organisaties/${id}#initiatives`}>{m.viewInitiatives}</Link>
          </p>
        )}
      </Notice>
    </div>
  );
}

function ErrorTable({ result }: { result: ImportResult }) {
  const m = useMessages(openDataMessages);
  const shown = result.errors.slice(0, MAX_SHOWN_ERRORS);
  return (
    <Panel title={m.errorsTitle} id="import-errors">
      <p>
        {m.errorsLead}
        {result.errors.length > shown.length && ` ${m.moreErrors(shown.length, result.errors.length)}`}
      </p>
      <Table label={m.errorsTitle}>
        <thead>
          <tr>
            <th scope="col">{m.row}</th>
            <th scope="col">{m.column}</th>
            <th scope="col">{m.message}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((error, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row may have several errors in one column; the list never reorders
            <tr key={`${error.row}-${error.column}-${i}`}>
              <td>{error.row}</td>
              <td>
                <code>{error.column}</code>
              </td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Panel>
  );
}

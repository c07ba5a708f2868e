import { type FormEvent, useId, useRef, useState } from 'react';
import type { Audience, KnowledgeItemInput, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormAlert } from '../../../ui/FormAlert';
import { intOrNull, orNull, type Problems } from '../../../ui/form';
import { Actions, FormStack } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { Loading } from '../../../ui/States';
import { TextArea, TextField } from '../../../ui/TextField';
import { useReference } from '../../reference/hooks/useReference';
import { AUDIENCES, knowledgeMessages, SHORT_ANSWER_MAX } from '../messages';
import { AnswerHtml } from './AnswerHtml';
import styles from './Knowledge.module.css';

export interface SourceValues {
  /** Stable key for React while rows are added and removed. */
  key: number;
  title: string;
  url: string;
  publisher: string;
  year: string;
}

export interface KnowledgeValues {
  organisationId: string;
  question: string;
  shortAnswer: string;
  longAnswer: string;
  themes: ThemeSlug[];
  audiences: Audience[];
  sources: SourceValues[];
}

let nextKey = 1;
export const emptySource = (): SourceValues => ({ key: nextKey++, title: '', url: '', publisher: '', year: '' });

export function toKnowledgeInput(values: KnowledgeValues): KnowledgeItemInput {
  return {
    organisationId: values.organisationId,
    question: values.question.trim(),
    shortAnswer: values.shortAnswer.trim(),
    longAnswer: values.longAnswer,
    themes: values.themes,
    audiences: values.audiences,
    // A row left entirely empty is not a source; a half-filled one goes to the API, which names what is missing.
    sources: values.sources
      .filter((source) => source.title.trim() || source.url.trim() || source.publisher.trim() || source.year.trim())
      .map((source) => ({
        title: source.title.trim(),
        url: source.url.trim(),
        publisher: orNull(source.publisher),
        year: intOrNull(source.year),
      })),
  };
}

const FIELDS = ['organisationId', 'question', 'shortAnswer', 'longAnswer', 'themes', 'audiences', 'sources'];

interface KnowledgeFormProps {
  initial: KnowledgeValues;
  /** The organisations the viewer may write for; when given, the form asks which (a new item). */
  organisations?: { value: string; label: string }[];
  /** The server's rendering of the saved long answer, and the Markdown it came from: the preview. */
  saved?: { longAnswer: string; longAnswerHtml: string };
  busy: 'draft' | 'submit' | null;
  problems: Problems;
  warning?: string;
  onSave(values: KnowledgeValues, submit: boolean): void;
  cancel?: React.ReactNode;
}

/**
 * Writes a knowledge item: question, short answer (with a live counter to 280), the long answer in Markdown with a
 * preview, sources, themes and audiences. The preview is the API's own rendering of the last saved draft, not a
 * second renderer in the browser: what the preview shows is exactly what readers will get, and no HTML made from
 * what is being typed ever enters the page.
 */
export function KnowledgeForm({ initial, organisations, saved, busy, problems, warning, onSave, cancel }: KnowledgeFormProps) {
  const m = useMessages(knowledgeMessages);
  const { reference } = useReference();
  const [values, setValues] = useState(initial);
  const submitIntent = useRef(false);
  const counterId = useId();
  const set =
    <K extends keyof KnowledgeValues>(key: K) =>
    (value: KnowledgeValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const setSource = (key: number, field: keyof Omit<SourceValues, 'key'>, value: string) =>
    setValues((current) => ({
      ...current,
      sources: current.sources.map((source) => (source.key === key ? { ...source, [field]: value } : source)),
    }));
  const left = SHORT_ANSWER_MAX - [...values.shortAnswer.trim()].length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(values, submitIntent.current);
  };

  if (!reference) return <Loading />;
  const sourceProblems = Object.entries(problems.fields).filter(([field]) => field.startsWith('sources'));
  const sourcesError = problems.fields.sources;
  return (
    <form onSubmit={submit} noValidate className={styles.form}>
      <FormStack>
        {organisations && organisations.length > 1 && (
          <SelectField
            label={m.organisation}
            name="organisationId"
            options={organisations}
            value={values.organisationId}
            error={problems.fields.organisationId}
            onChange={(event) => set('organisationId')(event.target.value)}
          />
        )}
        <TextField
          label={m.question}
          hint={m.questionHint}
          name="question"
          required
          maxLength={300}
          value={values.question}
          error={problems.fields.question}
          onChange={(event) => set('question')(event.target.value)}
        />
        <div>
          <TextArea
            label={m.shortAnswer}
            hint={m.shortAnswerHint}
            name="shortAnswer"
            required
            rows={4}
            value={values.shortAnswer}
            error={problems.fields.shortAnswer}
            aria-describedby={counterId}
            onChange={(event) => set('shortAnswer')(event.target.value)}
          />
          <p id={counterId} className={styles.counter} data-over={left < 0}>
            {m.charactersLeft(left)}
          </p>
        </div>
        <TextArea
          label={m.longAnswer}
          hint={m.longAnswerHint}
          optionalLabel={m.optional}
          name="longAnswer"
          rows={10}
          value={values.longAnswer}
          error={problems.fields.longAnswer}
          onChange={(event) => set('longAnswer')(event.target.value)}
        />
        <section className={styles.preview} aria-labelledby="preview-title">
          <h2 id="preview-title" className={styles.previewTitle}>
            {m.preview}
          </h2>
          {saved?.longAnswerHtml ? (
            <>
              <p className={styles.hintText}>{saved.longAnswer === values.longAnswer ? m.previewHint : m.previewStale}</p>
              <AnswerHtml html={saved.longAnswerHtml} />
            </>
          ) : (
            <p className={styles.hintText}>{m.previewEmpty}</p>
          )}
        </section>
        <fieldset className={styles.group}>
          <legend>{m.sources}</legend>
          <p className={styles.hintText}>{m.sourcesHint}</p>
          {sourcesError && <p className={styles.fieldError}>{sourcesError}</p>}
          {values.sources.map((source, index) => {
            const error = (field: string) => problems.fields[`sources.${index}.${field}`];
            return (
              <fieldset key={source.key} className={styles.sourceRow}>
                <legend>{m.sourceN(index + 1)}</legend>
                <div className={styles.sourceFields}>
                  <TextField
                    label={m.sourceTitle}
                    value={source.title}
                    error={error('title')}
                    onChange={(event) => setSource(source.key, 'title', event.target.value)}
                  />
                  <TextField
                    label={m.sourceUrl}
                    type="url"
                    inputMode="url"
                    placeholder="https://"
                    value={source.url}
                    error={error('url')}
                    onChange={(event) => setSource(source.key, 'url', event.target.value)}
                  />
                  <TextField
                    label={m.sourcePublisher}
                    optionalLabel={m.optional}
                    value={source.publisher}
                    error={error('publisher')}
                    onChange={(event) => setSource(source.key, 'publisher', event.target.value)}
                  />
                  <TextField
                    label={m.sourceYear}
                    optionalLabel={m.optional}
                    inputMode="numeric"
                    value={source.year}
                    error={error('year')}
                    onChange={(event) => setSource(source.key, 'year', event.target.value)}
                  />
                </div>
                <Button variant="quiet" onClick={() => set('sources')(values.sources.filter((other) => other.key !== source.key))}>
                  {m.removeSource(index + 1)}
                </Button>
              </fieldset>
            );
          })}
          <div>
            <Button onClick={() => set('sources')([...values.sources, emptySource()])} disabled={values.sources.length >= 20}>
              + {m.addSource}
            </Button>
          </div>
        </fieldset>
        <CheckboxGroup<ThemeSlug>
          legend={m.themes}
          name="themes"
          options={reference.themes}
          value={values.themes}
          error={problems.fields.themes}
          onChange={set('themes')}
        />
        <CheckboxGroup<Audience>
          legend={m.audiences}
          name="audiences"
          options={AUDIENCES.map((audience) => ({ value: audience, label: m.audience[audience] }))}
          value={values.audiences}
          error={problems.fields.audiences}
          onChange={set('audiences')}
        />
        <FormAlert problems={problems} placed={[...FIELDS, ...sourceProblems.map(([field]) => field)]} labels={m.fieldLabels} />
        {warning && <p className={styles.warning}>{warning}</p>}
        <Actions>
          <Button type="submit" busy={busy === 'draft'} disabled={busy !== null} onClick={() => (submitIntent.current = false)}>
            {m.saveDraft}
          </Button>
          <Button
            type="submit"
            variant="primary"
            busy={busy === 'submit'}
            disabled={busy !== null}
            onClick={() => (submitIntent.current = true)}
          >
            {m.saveAndSubmit}
          </Button>
          {cancel}
        </Actions>
      </FormStack>
    </form>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button, ButtonLink } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { isNotFound, useProblems } from '../../../ui/form';
import { Actions, Facts, Page } from '../../../ui/Page';
import { ErrorNotice, Loading, Notice } from '../../../ui/States';
import { TagItem, TagList } from '../../../ui/Tag';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { AnswerHtml } from '../components/AnswerHtml';
import { BriefingToggle } from '../components/BriefingToggle';
import { CopyQuoteButton } from '../components/CopyQuoteButton';
import { History } from '../components/History';
import styles from '../components/Knowledge.module.css';
import { KnowledgeStatusTag } from '../components/KnowledgeStatusTag';
import { ReviewPanel } from '../components/ReviewPanel';
import { SourcesList } from '../components/SourcesList';
import { ArchiveKnowledgeItemMutation } from '../graphql/archiveKnowledgeItem.mutation';
import { KnowledgeItemQuery } from '../graphql/knowledgeItem.query';
import { SubmitKnowledgeItemMutation } from '../graphql/submitKnowledgeItem.mutation';
import { knowledgeMessages } from '../messages';

/** `/kennisbank/{id}`: the item, printable (a print style sheet hides the frame and prints the sources' addresses). */
export function KnowledgeItemPage() {
  const { id = '' } = useParams();
  const m = useMessages(knowledgeMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const { mayEdit } = useViewer();
  const query = useQuery(KnowledgeItemQuery, { variables: { id } });
  const { problems, fail, clear } = useProblems(m.failed);
  const [submit, submitting] = useMutation(SubmitKnowledgeItemMutation, { refetchQueries: ['KnowledgeItem'] });
  const [archive, archiving] = useMutation(ArchiveKnowledgeItemMutation, { refetchQueries: ['KnowledgeItem'] });
  const [confirmArchive, setConfirmArchive] = useState(false);

  if (query.loading && !query.data) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.knowledgeItem)) return <NotFound />;
  if (query.error || !query.data?.knowledgeItem) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const item = query.data.knowledgeItem;
  const editable = mayEdit(item.organisation.id);
  const lastReview = item.reviews.at(-1);

  const doSubmit = async () => {
    clear();
    try {
      await submit({ variables: { id } });
      toast(m.submitted);
    } catch (error) {
      fail(error);
    }
  };
  const doArchive = async () => {
    clear();
    try {
      await archive({ variables: { id } });
      toast(m.archived);
    } catch (error) {
      fail(error);
    } finally {
      setConfirmArchive(false);
    }
  };

  return (
    <Page
      title={item.question}
      eyebrow={item.status !== 'PUBLISHED' && <KnowledgeStatusTag status={item.status} />}
      back={
        <Link to="/kennisbank" data-print="hide">
          {m.back}
        </Link>
      }
      lead={
        <p>
          {m.by} <Link to={`/organisaties/${item.organisation.id}`}>{item.organisation.name}</Link>
        </p>
      }
    >
      <div className={styles.toolbar} data-print="hide">
        <Button onClick={() => window.print()}>{m.print}</Button>
        <CopyQuoteButton quote={item.quote} />
        <BriefingToggle id={item.id} question={item.question} />
        {editable && (
          <>
            <ButtonLink to={`/kennisbank/${id}/bewerken`}>{m.edit}</ButtonLink>
            {item.status === 'DRAFT' && (
              <Button variant="primary" busy={submitting.loading} onClick={() => void doSubmit()}>
                {m.submit}
              </Button>
            )}
            {item.status === 'PUBLISHED' && (
              <Button variant="danger" onClick={() => setConfirmArchive(true)}>
                {m.archive}…
              </Button>
            )}
          </>
        )}
      </div>
      <div data-print="hide">
        {problems.message && (
          <div className={styles.alert} role="alert">
            <p>{problems.message}</p>
            {Object.entries(problems.fields).map(([field, message]) => (
              <p key={field}>
                <strong>{m.fieldLabels[field] ?? field}</strong>: {message}
              </p>
            ))}
          </div>
        )}
        {item.status === 'DRAFT' && lastReview?.decision === 'REQUEST_CHANGES' && (
          <div className={styles.changes}>
            <p className={styles.changesTitle}>
              {m.changesRequested} ({lastReview.reviewerName ?? '—'}, {l.dateTime(lastReview.createdAt)}):
            </p>
            <p className={styles.comment}>{lastReview.comment}</p>
          </div>
        )}
        {item.status === 'DRAFT' && (
          <Notice tone="warning">
            <p>{m.draftNotice(item.organisation.name)}</p>
          </Notice>
        )}
        {item.status === 'IN_REVIEW' && (
          <Notice tone="info">
            <p>{m.inReviewNotice}</p>
            {/* The API's mayReview is false for a reviewer only because they wrote the latest text (four eyes). */}
            {editable && !item.mayReview && <p data-testid="four-eyes">{m.fourEyes}</p>}
          </Notice>
        )}
        {item.status === 'ARCHIVED' && (
          <Notice tone="info">
            <p>{m.archivedNotice}</p>
          </Notice>
        )}
      </div>

      <div className={styles.grid}>
        <article className={styles.article} aria-labelledby="short-answer-title">
          <h2 id="short-answer-title" className="visually-hidden">
            {m.shortAnswer}
          </h2>
          <p className={styles.shortAnswer}>{item.shortAnswer}</p>
          {item.longAnswerHtml && <AnswerHtml html={item.longAnswerHtml} />}
          <section aria-labelledby="sources-title" className={styles.sourcesSection}>
            <h2 id="sources-title" className={styles.h2}>
              {m.sources}
            </h2>
            {item.sources.length ? <SourcesList sources={item.sources} /> : <p className={styles.muted}>{m.noSources}</p>}
          </section>
        </article>
        <aside className={styles.side} aria-label={m.listTitle}>
          <Facts
            items={[
              [
                m.themes,
                <TagList key="themes">
                  {item.themes.map((theme) => (
                    <TagItem key={theme.slug} tone="theme">
                      {theme.name}
                    </TagItem>
                  ))}
                </TagList>,
              ],
              [m.forAudiences, item.audiences.map((audience) => m.audience[audience]).join(', ')],
              [m.organisation, item.organisation.name],
              [m.published, item.publishedAt ? l.date(item.publishedAt) : ''],
              // A published text changed afterwards goes back to review, so "updated" only tells something before publication.
              [m.updated, item.publishedAt ? '' : l.date(item.updatedAt)],
            ]}
          />
        </aside>
      </div>
      <p className={styles.printOnly}>
        {m.printFooter(`${window.location.origin}/kennisbank/${item.id}`, l.date(new Date().toISOString()))}
      </p>

      <div data-print="hide">
        {item.mayReview && <ReviewPanel id={item.id} />}
        {item.versions.length > 0 && <History reviews={item.reviews} versions={item.versions} />}
      </div>

      <Dialog open={confirmArchive} title={m.archive} onClose={() => setConfirmArchive(false)}>
        <p>{m.archivedNotice}</p>
        <Actions>
          <Button variant="danger" busy={archiving.loading} onClick={() => void doArchive()}>
            {m.archive}
          </Button>
          <Button onClick={() => setConfirmArchive(false)}>{m.cancel}</Button>
        </Actions>
      </Dialog>
    </Page>
  );
}

import type { KnowledgeItemQuery } from '../../../gql/graphql';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { knowledgeMessages } from '../messages';
import styles from './Knowledge.module.css';

type Item = NonNullable<KnowledgeItemQuery['knowledgeItem']>;

/** For members: every review (with its comment) and every version with its author and what changed. */
export function History({ reviews, versions }: Pick<Item, 'reviews' | 'versions'>) {
  const m = useMessages(knowledgeMessages);
  const l = useMessages(labels);
  return (
    <Panel title={m.history} id="history">
      <div className={styles.history}>
        <section aria-labelledby="reviews-title">
          <h3 id="reviews-title" className={styles.h3}>
            {m.reviews}
          </h3>
          {reviews.length === 0 ? (
            <p className={styles.muted}>{m.noReviews}</p>
          ) : (
            <ol className={styles.timeline}>
              {[...reviews].reverse().map((review) => (
                <li key={review.id}>
                  <strong>{m.decision[review.decision]}</strong>{' '}
                  <span className={styles.muted}>
                    · {m.reviewedBy(review.reviewerName, review.version)} · {l.dateTime(review.createdAt)}
                  </span>
                  {review.comment && <p className={styles.comment}>{review.comment}</p>}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="versions-title">
          <h3 id="versions-title" className={styles.h3}>
            {m.versions}
          </h3>
          <ol className={styles.timeline}>
            {versions.map((version) => (
              <li key={version.version}>
                <strong>{m.versionLine(version.version, version.authorName)}</strong>{' '}
                <span className={styles.muted}>· {l.dateTime(version.createdAt)}</span>
                <br />
                <span className={styles.muted}>
                  {version.changedFields.length === 0
                    ? m.firstVersion
                    : `${m.changed}: ${version.changedFields.map((field) => (m.fieldLabels[field] ?? field).toLowerCase()).join(', ')}`}
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </Panel>
  );
}

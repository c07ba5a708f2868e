import { useQuery } from '@apollo/client/react';
import { useMessages } from '../../../i18n/language';
import { Loading } from '../../../ui/States';
import { ApplicationDetailsQuery } from '../graphql/applicationDetails.query';
import { callMessages } from '../messages';
import styles from '../pages/CallPage.module.css';

/** Inside a board row, once opened: the motivation, the answers and the reviewers' points per criterion. */
export function ApplicationDetails({ id, questions }: { id: string; questions: readonly string[] }) {
  const m = useMessages(callMessages);
  const query = useQuery(ApplicationDetailsQuery, { variables: { id } });
  const application = query.data?.application;
  if (!application) return query.loading ? <Loading /> : null;
  return (
    <div className={styles.details}>
      <p className={styles.description}>{application.motivation}</p>
      {application.answers.length > 0 && (
        <dl>
          {application.answers.map((answer, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: answers follow the call's questions, in order
            <div key={index}>
              <dt>{questions[index]}</dt>
              <dd>{answer}</dd>
            </div>
          ))}
        </dl>
      )}
      {application.criterionScores.length > 0 && (
        <ul>
          {application.criterionScores.map((summary) => (
            <li key={summary.criterion.id}>
              {summary.criterion.title}:{' '}
              {summary.mean != null
                ? m.criterionSummary(summary.mean, summary.min ?? 0, summary.max ?? 0, summary.criterion.maxPoints)
                : '–'}
            </li>
          ))}
        </ul>
      )}
      {application.reviews.map((review) => (
        <p key={review.id}>
          <strong>{review.reviewer?.name ?? '–'}</strong> ({review.total}): {review.comment}
        </p>
      ))}
    </div>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { MyReviewQuery as MyReviewData } from '../../../gql/graphql';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { Actions, FormStack } from '../../../ui/Page';
import { TextArea, TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { MyReviewQuery } from '../graphql/myReview.query';
import { ScoreApplicationMutation } from '../graphql/scoreApplication.mutation';
import { callMessages } from '../messages';
import styles from '../pages/CallPage.module.css';
import type { ApplicationDetail, CallDetail } from '../types';

/** For the call's reviewers: a scoring form per application, one field per criterion of the rubric. */
export function ScoringPanel({ call, applications }: { call: CallDetail; applications: ApplicationDetail[] }) {
  const m = useMessages(callMessages);
  const { viewer } = useViewer();
  const open = applications.filter((application) => application.status === 'SUBMITTED' || application.status === 'UNDER_REVIEW');
  return (
    <div className={styles.stack}>
      <Panel title={m.reviewTitle}>
        <p>{m.reviewLead}</p>
        {open.length === 0 && <p>{m.noApplicationsToReview}</p>}
        {open.map((application) =>
          viewer?.memberships.some((membership) => membership.organisation.id === application.organisation.id) ? (
            <section key={application.id} className={styles.review} aria-labelledby={`review-${application.id}`}>
              <h3 id={`review-${application.id}`}>{application.initiative.title}</h3>
              <p>{m.ownOrganisation}</p>
            </section>
          ) : (
            <ScoreForm key={application.id} call={call} application={application} />
          ),
        )}
      </Panel>
    </div>
  );
}

type MyReview = NonNullable<MyReviewData['application']>['reviews'][number];

/** Loads the reviewer's own earlier review first, so the form shows the points given before. */
function ScoreForm({ call, application }: { call: CallDetail; application: ApplicationDetail }) {
  const query = useQuery(MyReviewQuery, { variables: { id: application.id } });
  if (query.loading && !query.data) return null;
  const mine = query.data?.application?.reviews[0];
  return <ScoreFormFields key={mine?.id ?? 'new'} call={call} application={application} mine={mine} />;
}

function ScoreFormFields({ call, application, mine }: { call: CallDetail; application: ApplicationDetail; mine?: MyReview }) {
  const m = useMessages(callMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [score, scoring] = useMutation(ScoreApplicationMutation, { refetchQueries: ['Call', 'MyReview'] });
  const [points, setPoints] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      call.rubric.map((criterion) => [criterion.id, String(mine?.scores.find((s) => s.criterion.id === criterion.id)?.points ?? '')]),
    ),
  );
  const [comment, setComment] = useState(mine?.comment ?? '');
  const headingId = `review-${application.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await score({
        variables: {
          applicationId: application.id,
          input: {
            comment: comment.trim() || null,
            scores: call.rubric.map((criterion) => ({ criterionId: criterion.id, points: Number(points[criterion.id] || 0) })),
          },
        },
      });
      toast(m.reviewSaved);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <section className={styles.review} aria-labelledby={headingId}>
      <h3 id={headingId}>{m.reviewOf(application.initiative.title)}</h3>
      <p>
        <Link to={`/initiatieven/${application.initiative.id}`}>{application.initiative.title}</Link> · {application.organisation.name} ·{' '}
        {l.euro(application.amountRequested)}
      </p>
      <p className={styles.description}>{application.motivation}</p>
      {application.answers.length > 0 && (
        <dl>
          {application.answers.map((answer, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: answers follow the call's questions, in order
            <div key={index}>
              <dt>{call.questions[index]}</dt>
              <dd>{answer}</dd>
            </div>
          ))}
        </dl>
      )}
      {mine && <p>{m.yourTotal(mine.total)}</p>}
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <FormStack>
          <div className={styles.criteria}>
            {call.rubric.map((criterion, index) => (
              <TextField
                key={criterion.id}
                label={m.criterionPoints(criterion.title, criterion.maxPoints)}
                type="number"
                inputMode="numeric"
                min={0}
                max={criterion.maxPoints}
                name={`scores.${index}.points`}
                value={points[criterion.id] ?? ''}
                error={field(`scores.${index}.points`) ?? field(`scores.${index}`)}
                onChange={(e) => setPoints((current) => ({ ...current, [criterion.id]: e.target.value }))}
              />
            ))}
          </div>
          <TextArea
            label={m.comment}
            name="comment"
            rows={3}
            value={comment}
            error={field('comment')}
            onChange={(e) => setComment(e.target.value)}
          />
          <FormAlert problems={problems} placed={['comment', ...call.rubric.flatMap((_, i) => [`scores.${i}.points`, `scores.${i}`])]} />
          <Actions>
            <Button type="submit" variant="primary" busy={scoring.loading}>
              {m.saveReview}
            </Button>
          </Actions>
        </FormStack>
      </form>
    </section>
  );
}

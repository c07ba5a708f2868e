import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { isNotFound, useProblems } from '../../../ui/form';
import { Facts, Page } from '../../../ui/Page';
import { ErrorNotice, Loading, Notice } from '../../../ui/States';
import { TagItem, TagList } from '../../../ui/Tag';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { ApplicationsBoard } from '../components/ApplicationsBoard';
import { ApplyPanel, MyApplications } from '../components/ApplyPanel';
import { CallStatusTag } from '../components/CallCard';
import { ReviewersPanel } from '../components/ReviewersPanel';
import { ScoringPanel } from '../components/ScoringPanel';
import { CallQuery } from '../graphql/call.query';
import { CloseCallMutation } from '../graphql/closeCall.mutation';
import { OpenCallMutation } from '../graphql/openCall.mutation';
import { callMessages } from '../messages';
import type { CallDetail } from '../types';
import styles from './CallPage.module.css';

/** `/oproepen/{id}`: the call with its public rubric, places left and deadline; what the viewer may do with it. */
export function CallPage() {
  const { id = '' } = useParams();
  const m = useMessages(callMessages);
  const l = useMessages(labels);
  const { viewer } = useViewer();
  const query = useQuery(CallQuery, { variables: { id } });

  if (query.loading && !query.data) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.call)) return <NotFound />;
  if (query.error || !query.data?.call) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const call = query.data.call;
  const manages = call.viewerIsFunder || Boolean(viewer?.isAdmin);
  const applications = call.applications.edges.map((edge) => edge.node);
  const where = call.national
    ? l.national
    : [...call.provinces.map((province) => province.name), ...call.municipalities.map((municipality) => municipality.name)].join(', ');

  return (
    <Page wide={manages} title={call.title} eyebrow={<CallStatusTag status={call.status} />} back={<Link to="/oproepen">{m.back}</Link>}>
      {call.status === 'DRAFT' && (
        <Notice tone="info">
          <p>{m.draftNotice}</p>
        </Notice>
      )}
      <div className={styles.grid}>
        <div className={styles.main}>
          <Panel title={m.about}>
            <p className={styles.description}>{call.description}</p>
            <TagList label={m.themes}>
              {call.themes.map((theme) => (
                <TagItem key={theme.slug} tone="theme">
                  {theme.name}
                </TagItem>
              ))}
            </TagList>
          </Panel>
          <Panel title={m.rubricTitle}>
            <p>{m.rubricLead}</p>
            <ol className={styles.rubric}>
              {call.rubric.map((criterion) => (
                <li key={criterion.id}>
                  <strong>{criterion.title}</strong> <span className={styles.muted}>({m.points(criterion.maxPoints)})</span>
                  {criterion.description && <p>{criterion.description}</p>}
                </li>
              ))}
            </ol>
          </Panel>
          {call.questions.length > 0 && (
            <Panel title={m.questionsTitle}>
              <ol>
                {call.questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ol>
            </Panel>
          )}
        </div>
        <aside className={styles.side} aria-label={m.status}>
          <Facts
            items={[
              [m.deadline, l.dateTime(call.deadline)],
              [m.opensOn, l.date(call.opensOn)],
              [m.placesLeft, m.placesLeftValue(call.placesLeft, call.places)],
              [m.grantRange, m.grantRangeValue(l.euro(call.minGrant), l.euro(call.maxGrant))],
              [m.budgetLeft, `${l.euro(call.budgetLeft)} / ${l.euro(call.budget)}`],
              [m.where, where],
              [m.funders, call.funders.map((funder) => funder.fund.name).join(', ')],
            ]}
          />
        </aside>
      </div>
      {manages && <ManagePanel call={call} />}
      {manages && <ApplicationsBoard call={call} applications={applications} />}
      {call.viewerIsReviewer && <ScoringPanel call={call} applications={applications} />}
      {!manages && !call.viewerIsReviewer && (
        <>
          <MyApplications call={call} applications={applications} />
          <ApplyPanel call={call} />
        </>
      )}
    </Page>
  );
}

function ManagePanel({ call }: { call: CallDetail }) {
  const m = useMessages(callMessages);
  const toast = useToast();
  const { problems, fail, clear } = useProblems(m.failed);
  const [open, opening] = useMutation(OpenCallMutation, { refetchQueries: ['Call'] });
  const [close, closing] = useMutation(CloseCallMutation, { refetchQueries: ['Call'] });
  const run = async (action: 'open' | 'close', message: string) => {
    clear();
    try {
      if (action === 'open') await open({ variables: { id: call.id } });
      else await close({ variables: { id: call.id } });
      toast(message);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <Panel
      title={m.manageTitle}
      actions={
        <>
          {call.status === 'DRAFT' && (
            <Button variant="primary" busy={opening.loading} onClick={() => void run('open', m.opened)}>
              {m.open}
            </Button>
          )}
          {call.status === 'OPEN' && (
            <Button busy={closing.loading} onClick={() => void run('close', m.closed)}>
              {m.close}
            </Button>
          )}
        </>
      }
    >
      <FormAlert problems={problems} placed={[]} />
      <ReviewersPanel call={call} />
    </Panel>
  );
}

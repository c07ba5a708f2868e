import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { Dialog } from '../../../ui/Dialog';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { Actions, FormStack } from '../../../ui/Page';
import { Table } from '../../../ui/Table';
import { TextArea, TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { AwardApplicationMutation } from '../graphql/awardApplication.mutation';
import { RejectApplicationMutation } from '../graphql/rejectApplication.mutation';
import { callMessages } from '../messages';
import styles from '../pages/CallPage.module.css';
import type { ApplicationDetail, CallDetail } from '../types';
import { ApplicationDetails } from './ApplicationDetails';

type Decision = { kind: 'award' | 'reject'; application: ApplicationDetail } | null;

/** The funders' board: every application, best score first, with award and reject once the call is closed. */
export function ApplicationsBoard({ call, applications }: { call: CallDetail; applications: ApplicationDetail[] }) {
  const m = useMessages(callMessages);
  const l = useMessages(labels);
  const [decision, setDecision] = useState<Decision>(null);
  const decidable = call.status === 'CLOSED';
  return (
    <div className={styles.stack}>
      <Panel title={m.boardTitle}>
        {applications.length === 0 ? (
          <p>{m.boardEmpty}</p>
        ) : (
          <>
            {call.status === 'OPEN' && <p>{m.decideAfterClose}</p>}
            <Table label={m.boardTitle}>
              <thead>
                <tr>
                  <th scope="col">{m.initiative}</th>
                  <th scope="col">{m.applicant}</th>
                  <th scope="col">{m.amount}</th>
                  <th scope="col">{m.score}</th>
                  <th scope="col">{m.reviewCount}</th>
                  <th scope="col">{m.spread}</th>
                  <th scope="col">{m.status}</th>
                  <th scope="col">{m.actions}</th>
                </tr>
              </thead>
              <tbody>
                {applications.map((application) => (
                  <tr key={application.id}>
                    <td>
                      <Link to={`/initiatieven/${application.initiative.id}`}>{application.initiative.title}</Link>
                      <RowDetails id={application.id} questions={call.questions} />
                    </td>
                    <td>{application.organisation.name}</td>
                    <td className={styles.cell}>{l.euro(application.amountAwarded ?? application.amountRequested)}</td>
                    <td>{application.score != null ? application.score.toFixed(1) : '–'}</td>
                    <td>{application.reviewCount ?? 0}</td>
                    <td>{application.spread ?? '–'}</td>
                    <td>{m.applicationStatus[application.status]}</td>
                    <td>
                      {decidable && (application.status === 'SUBMITTED' || application.status === 'UNDER_REVIEW') && (
                        <div className={styles.buttons}>
                          <Button
                            variant="primary"
                            aria-label={`${m.award} ${application.initiative.title}`}
                            onClick={() => setDecision({ kind: 'award', application })}
                          >
                            {m.award}
                          </Button>
                          <Button
                            variant="quiet"
                            aria-label={`${m.reject} ${application.initiative.title}`}
                            onClick={() => setDecision({ kind: 'reject', application })}
                          >
                            {m.reject}
                          </Button>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        )}
      </Panel>
      <Dialog open={decision !== null} title={decision?.kind === 'reject' ? m.rejectTitle : m.awardTitle} onClose={() => setDecision(null)}>
        {decision && <DecisionForm key={decision.application.id} decision={decision} onDone={() => setDecision(null)} />}
      </Dialog>
    </div>
  );
}

/** Loads the application's details only once opened. */
function RowDetails({ id, questions }: { id: string; questions: readonly string[] }) {
  const m = useMessages(callMessages);
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{m.details}</summary>
      {open && <ApplicationDetails id={id} questions={questions} />}
    </details>
  );
}

function DecisionForm({ decision, onDone }: { decision: NonNullable<Decision>; onDone(): void }) {
  const m = useMessages(callMessages);
  const toast = useToast();
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [amount, setAmount] = useState(String(decision.application.amountRequested));
  const [reason, setReason] = useState('');
  const [award, awarding] = useMutation(AwardApplicationMutation, { refetchQueries: ['Call'] });
  const [reject, rejecting] = useMutation(RejectApplicationMutation, { refetchQueries: ['Call'] });
  const applicationId = decision.application.id;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      if (decision.kind === 'award') {
        await award({ variables: { applicationId, amount: Number(amount || 0) } });
        toast(m.awardedToast);
      } else {
        await reject({ variables: { applicationId, reason: reason.trim() || null } });
        toast(m.rejectedToast);
      }
      onDone();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormStack>
        <p>
          <strong>{decision.application.initiative.title}</strong> · {decision.application.organisation.name}
        </p>
        {decision.kind === 'award' ? (
          <TextField
            label={m.awardAmount}
            type="number"
            inputMode="numeric"
            name="amount"
            value={amount}
            error={field('amount')}
            onChange={(e) => setAmount(e.target.value)}
          />
        ) : (
          <TextArea
            label={m.rejectReason}
            name="reason"
            rows={3}
            value={reason}
            error={field('reason')}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
        <FormAlert problems={problems} placed={['amount', 'reason']} />
        <Actions>
          <Button type="submit" variant={decision.kind === 'award' ? 'primary' : 'danger'} busy={awarding.loading || rejecting.loading}>
            {decision.kind === 'award' ? m.awardConfirm : m.rejectConfirm}
          </Button>
          <Button variant="quiet" onClick={onDone}>
            {m.cancel}
          </Button>
        </Actions>
      </FormStack>
    </form>
  );
}

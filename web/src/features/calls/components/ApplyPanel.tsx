import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { signInPath } from '../../../app/RequireViewer';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { Actions, FormStack } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { Table } from '../../../ui/Table';
import { TextArea, TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { ApplyToCallMutation } from '../graphql/applyToCall.mutation';
import { MyInitiativesQuery } from '../graphql/myInitiatives.query';
import { WithdrawApplicationMutation } from '../graphql/withdrawApplication.mutation';
import { callMessages } from '../messages';
import styles from '../pages/CallPage.module.css';
import type { ApplicationDetail, CallDetail } from '../types';

/** The viewer's own organisations' applications to this call, with their status. */
export function MyApplications({ call, applications }: { call: CallDetail; applications: ApplicationDetail[] }) {
  const m = useMessages(callMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const { problems, fail, clear } = useProblems(m.failed);
  const [withdraw, withdrawing] = useMutation(WithdrawApplicationMutation, { refetchQueries: ['Call'] });
  if (applications.length === 0) return null;
  return (
    <Panel title={m.myApplications}>
      <Table label={m.myApplications}>
        <thead>
          <tr>
            <th scope="col">{m.initiative}</th>
            <th scope="col">{m.amount}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.actions}</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((application) => (
            <tr key={application.id}>
              <td>
                <Link to={`/initiatieven/${application.initiative.id}`}>{application.initiative.title}</Link>
              </td>
              <td className={styles.cell}>{l.euro(application.amountRequested)}</td>
              <td>
                {m.applicationStatus[application.status]}
                {application.amountAwarded != null && <> · {m.awarded(l.euro(application.amountAwarded))}</>}
                {application.reason && (
                  <>
                    {' '}
                    · {m.reason}: {application.reason}
                  </>
                )}
              </td>
              <td>
                {call.status === 'OPEN' && (application.status === 'SUBMITTED' || application.status === 'UNDER_REVIEW') && (
                  <Button
                    variant="quiet"
                    busy={withdrawing.loading}
                    onClick={async () => {
                      clear();
                      try {
                        await withdraw({ variables: { id: application.id } });
                        toast(m.withdrawn);
                      } catch (error) {
                        fail(error);
                      }
                    }}
                  >
                    {m.withdraw}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <FormAlert problems={problems} placed={[]} />
    </Panel>
  );
}

/** Applying with one of the viewer's published initiatives (EDITOR or OWNER of its organisation). */
export function ApplyPanel({ call }: { call: CallDetail }) {
  const m = useMessages(callMessages);
  const { viewer } = useViewer();
  if (call.status !== 'OPEN')
    return (
      <Panel title={m.applyTitle}>
        <p>{m.applyClosed}</p>
      </Panel>
    );
  return (
    <Panel title={m.applyTitle}>
      {viewer ? (
        <ApplyForm call={call} />
      ) : (
        <p>
          <Link to={signInPath(`/oproepen/${call.id}`)}>{m.applySignIn}</Link>
        </p>
      )}
    </Panel>
  );
}

function ApplyForm({ call }: { call: CallDetail }) {
  const m = useMessages(callMessages);
  const toast = useToast();
  const query = useQuery(MyInitiativesQuery);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [apply, applying] = useMutation(ApplyToCallMutation, { refetchQueries: ['Call'] });
  const [initiativeId, setInitiativeId] = useState('');
  const [amount, setAmount] = useState('');
  const [motivation, setMotivation] = useState('');
  const [answers, setAnswers] = useState<string[]>(() => call.questions.map(() => ''));

  const initiatives = (query.data?.me?.memberships ?? [])
    .filter((membership) => membership.role !== 'VIEWER')
    .flatMap((membership) =>
      membership.organisation.initiatives.edges
        .map((edge) => edge.node)
        .filter((initiative) => initiative.status === 'PUBLISHED' || initiative.status === 'FUNDED')
        .map((initiative) => ({ value: initiative.id, label: `${initiative.title} (${membership.organisation.name})` })),
    );
  if (query.loading && !query.data) return null;
  if (initiatives.length === 0) return <p>{m.applyNoInitiative}</p>;
  const chosen = initiativeId || (initiatives[0]?.value ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await apply({
        variables: {
          callId: call.id,
          input: { initiativeId: chosen, amountRequested: Number(amount || 0), motivation: motivation.trim(), answers },
        },
      });
      setMotivation('');
      setAmount('');
      toast(m.applied);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormStack>
        <SelectField
          label={m.initiative}
          name="initiativeId"
          options={initiatives}
          value={chosen}
          error={field('initiativeId')}
          onChange={(e) => setInitiativeId(e.target.value)}
        />
        <TextField
          label={m.amountRequested}
          hint={m.grantRangeValue(String(call.minGrant), String(call.maxGrant))}
          type="number"
          inputMode="numeric"
          min={call.minGrant}
          max={call.maxGrant}
          name="amountRequested"
          value={amount}
          error={field('amountRequested')}
          onChange={(e) => setAmount(e.target.value)}
        />
        <TextArea
          label={m.motivation}
          hint={m.motivationHint}
          name="motivation"
          rows={5}
          value={motivation}
          error={field('motivation')}
          onChange={(e) => setMotivation(e.target.value)}
        />
        {call.questions.map((question, index) => (
          <TextArea
            key={question}
            label={question}
            name={`answers.${index}`}
            rows={3}
            value={answers[index] ?? ''}
            error={field(`answers.${index}`) ?? (index === 0 ? field('answers') : undefined)}
            onChange={(e) => setAnswers((current) => current.map((answer, i) => (i === index ? e.target.value : answer)))}
          />
        ))}
        <FormAlert
          problems={problems}
          placed={['initiativeId', 'amountRequested', 'motivation', 'answers', ...call.questions.map((_, i) => `answers.${i}`)]}
        />
        <Actions>
          <Button type="submit" variant="primary" busy={applying.loading}>
            {m.apply}
          </Button>
        </Actions>
      </FormStack>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { orNull, problemsOf, useProblems } from '../../../ui/form';
import { InlineError } from '../../../ui/InlineError';
import { Actions, FormStack } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { Notice } from '../../../ui/States';
import { Tag } from '../../../ui/Tag';
import { TextArea } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { DecideJoinRequestMutation } from '../graphql/decideJoinRequest.mutation';
import { RequestToJoinMutation } from '../graphql/requestToJoin.mutation';
import { tableMessages } from '../messages';
import { formatDateTime } from '../time';
import type { TableDetail } from '../types';
import styles from './tables.module.css';

/**
 * Joining: a working group takes requests with a motivation until its deadline (after it, says it is closed);
 * a work-session series asks what each participant needs.
 */
export function JoinPanel({ table, onChanged }: { table: TableDetail; onChanged(): void }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const { viewer } = useViewer();
  const [request, requesting] = useMutation(RequestToJoinMutation);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const organisations = (viewer?.memberships ?? [])
    .filter((membership) => membership.role !== 'VIEWER')
    .map((membership) => membership.organisation);
  const [organisationId, setOrganisationId] = useState('');
  const [motivation, setMotivation] = useState('');
  const [needs, setNeeds] = useState('');
  const group = table.kind === 'WORKING_GROUP';
  const title = group ? m.joinTitle : m.registerTitle;
  const deadline = table.applicationDeadline;
  const closed = deadline ? new Date(deadline).getTime() <= Date.now() : false;
  const mine = table.joinRequests.filter((joinRequest) => organisations.some((o) => o.id === joinRequest.organisation.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await request({
        variables: {
          tableId: table.id,
          input: { organisationId: organisationId || organisations[0]?.id || '', motivation: orNull(motivation), needs: orNull(needs) },
        },
      });
      toast(m.requested);
      setMotivation('');
      setNeeds('');
      onChanged();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Panel title={title} id="join">
      {deadline && (
        <p>{closed ? m.closedForRequests(formatDateTime(deadline, language)) : m.openUntil(formatDateTime(deadline, language))}</p>
      )}
      {mine.length > 0 && (
        <>
          <h3>{m.yourRequests}</h3>
          <ul>
            {mine.map((joinRequest) => (
              <li key={joinRequest.id}>
                {joinRequest.organisation.name}: <Tag>{m.joinStatus[joinRequest.status]}</Tag>
              </li>
            ))}
          </ul>
        </>
      )}
      {!viewer ? (
        <p>{m.joinSignIn}</p>
      ) : organisations.length === 0 ? (
        <Notice tone="info">
          <p>{m.joinNoOrganisation}</p>
        </Notice>
      ) : closed ? null : (
        <form onSubmit={submit} noValidate aria-label={title}>
          <FormStack>
            {organisations.length > 1 && (
              <SelectField
                label={m.joinOrganisation}
                name="organisationId"
                options={organisations.map((o) => ({ value: o.id, label: o.name }))}
                value={organisationId || organisations[0]?.id || ''}
                error={field('organisationId')}
                onChange={(e) => setOrganisationId(e.target.value)}
              />
            )}
            <TextArea
              label={m.motivation}
              hint={m.motivationHint}
              optionalLabel={group ? undefined : m.optional}
              name="motivation"
              rows={4}
              value={motivation}
              error={field('motivation')}
              onChange={(e) => setMotivation(e.target.value)}
            />
            <TextArea
              label={m.needs}
              hint={m.needsHint}
              optionalLabel={m.optional}
              name="needs"
              rows={3}
              value={needs}
              error={field('needs')}
              onChange={(e) => setNeeds(e.target.value)}
            />
            <FormAlert problems={problems} placed={['organisationId', 'motivation', 'needs']} />
            <Actions>
              <Button type="submit" variant="primary" busy={requesting.loading}>
                {m.requestToJoin}
              </Button>
            </Actions>
          </FormStack>
        </form>
      )}
    </Panel>
  );
}

/** The organisers' view of the requests: side by side, motivation and needs, accept or decline the pending ones. */
export function JoinRequestsPanel({ table, onChanged }: { table: TableDetail; onChanged(): void }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const [decide, deciding] = useMutation(DecideJoinRequestMutation);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const run = async (id: string, accept: boolean) => {
    setError(null);
    setPending(id);
    try {
      await decide({ variables: { id, accept } });
      toast(m.decided);
      onChanged();
    } catch (failure) {
      const problems = problemsOf(failure, m.failed);
      setError(problems.message ?? m.failed);
    } finally {
      setPending(null);
    }
  };
  const title = table.kind === 'WORK_SESSION_SERIES' ? m.needsTitle : m.requestsTitle;
  return (
    <Panel title={title} id="requests">
      {table.joinRequests.length === 0 ? (
        <p>{m.noRequests}</p>
      ) : (
        <ul className={styles.sideBySide} aria-label={title}>
          {table.joinRequests.map((joinRequest) => (
            <li key={joinRequest.id}>
              <p>
                <strong>{joinRequest.organisation.name}</strong>
                {joinRequest.person ? ` · ${joinRequest.person.name}` : ''} · <Tag>{m.joinStatus[joinRequest.status]}</Tag>
              </p>
              <p className={styles.muted}>{formatDateTime(joinRequest.createdAt, language)}</p>
              {joinRequest.motivation && (
                <>
                  <h3>{m.motivation}</h3>
                  <p>{joinRequest.motivation}</p>
                </>
              )}
              {joinRequest.needs && (
                <>
                  <h3>{m.needs}</h3>
                  <p>{joinRequest.needs}</p>
                </>
              )}
              {joinRequest.status === 'PENDING' && (
                <div className={styles.buttons}>
                  <Button
                    variant="primary"
                    aria-label={m.acceptRequest(joinRequest.organisation.name)}
                    busy={deciding.loading && pending === joinRequest.id}
                    disabled={deciding.loading}
                    onClick={() => void run(joinRequest.id, true)}
                  >
                    {m.accept}
                  </Button>
                  <Button
                    aria-label={m.declineRequest(joinRequest.organisation.name)}
                    busy={deciding.loading && pending === joinRequest.id}
                    disabled={deciding.loading}
                    onClick={() => void run(joinRequest.id, false)}
                  >
                    {m.decline}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <InlineError message={error} />
    </Panel>
  );
}

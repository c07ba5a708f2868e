import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import type { RsvpResponse } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { problemsOf } from '../../../ui/form';
import { InlineError } from '../../../ui/InlineError';
import { useToast } from '../../../ui/Toast';
import { RespondToInvitationMutation } from '../graphql/respond.mutation';
import { tableMessages } from '../messages';
import styles from './tables.module.css';

const RESPONSES: RsvpResponse[] = ['ACCEPTED', 'TENTATIVE', 'DECLINED'];

/** An invited organisation's answer: three buttons, the current one pressed; the waitlist position when there is one. */
export function RsvpControls({
  invitation,
  organisationName,
  waitlistPosition,
  onAnswered,
}: {
  invitation: { id: string; response?: RsvpResponse | null; waitlisted: boolean };
  organisationName: string;
  waitlistPosition: number | null;
  onAnswered?(): void;
}) {
  const m = useMessages(tableMessages);
  const toast = useToast();
  const id = useId();
  const [respond, state] = useMutation(RespondToInvitationMutation);
  const [pending, setPending] = useState<RsvpResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const answer = async (response: RsvpResponse) => {
    setPending(response);
    setError(null);
    try {
      await respond({ variables: { invitationId: invitation.id, response } });
      toast(m.answered);
      onAnswered?.();
    } catch (failure) {
      setError(problemsOf(failure, m.failed).message ?? m.failed);
    } finally {
      setPending(null);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, named by its heading text
    <div role="group" aria-labelledby={`${id}-legend`} className={styles.rsvp}>
      <p id={`${id}-legend`} className={styles.rsvpLegend}>
        {m.rsvpLegend(organisationName)}:{' '}
        <strong>
          {invitation.response ? m.rsvpState[invitation.response] : m.notAnswered}
          {invitation.waitlisted && waitlistPosition !== null ? ` · ${m.waitlisted(waitlistPosition)}` : ''}
        </strong>
      </p>
      <div className={styles.buttons}>
        {RESPONSES.map((response) => (
          <Button
            key={response}
            variant={invitation.response === response ? 'primary' : 'secondary'}
            aria-pressed={invitation.response === response}
            busy={state.loading && pending === response}
            disabled={state.loading}
            onClick={() => void answer(response)}
          >
            {m.rsvp[response]}
          </Button>
        ))}
      </div>
      <InlineError message={error} />
    </div>
  );
}

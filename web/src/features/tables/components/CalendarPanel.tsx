import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useMessages } from '../../../i18n/language';
import { Button, ButtonAnchor } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { problemsOf } from '../../../ui/form';
import { InlineError } from '../../../ui/InlineError';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { CreateCalendarTokenMutation, RevokeCalendarTokenMutation } from '../graphql/calendarToken.mutation';
import { tableMessages } from '../messages';
import styles from './tables.module.css';

/** "Add to my calendar": the table's `.ics`, and for a signed-in person a secret subscription address for all their tables. */
export function CalendarPanel({ icsUrl }: { icsUrl: string }) {
  const m = useMessages(tableMessages);
  const { viewer } = useViewer();
  return (
    <Panel title={m.calendarTitle} id="calendar">
      <p>
        <ButtonAnchor href={icsUrl} download>
          {m.addToCalendar}
        </ButtonAnchor>
      </p>
      {viewer && (
        <>
          <p>{m.subscribeLead}</p>
          <CalendarSubscription />
        </>
      )}
    </Panel>
  );
}

/** The personal subscription address (`createCalendarToken`, `revokeCalendarToken`): on a table's page and on `/account`. */
export function CalendarSubscription() {
  const m = useMessages(tableMessages);
  const toast = useToast();
  const [create, creating] = useMutation(CreateCalendarTokenMutation);
  const [revoke, revoking] = useMutation(RevokeCalendarTokenMutation);
  const [address, setAddress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(problemsOf(failure, m.failed).message ?? m.failed);
    }
  };
  return (
    <>
      {address && (
        <div>
          <p>
            <strong>{m.subscriptionAddress}</strong>
          </p>
          <p className={styles.address}>{address}</p>
          <p className={styles.muted}>{m.subscriptionHint}</p>
        </div>
      )}
      <div className={styles.buttons}>
        <Button
          busy={creating.loading}
          onClick={() =>
            void run(async () => {
              const result = await create();
              setAddress(result.data?.createCalendarToken ?? null);
            })
          }
        >
          {m.createSubscription}
        </Button>
        <Button
          variant="quiet"
          busy={revoking.loading}
          onClick={() =>
            void run(async () => {
              await revoke();
              setAddress(null);
              toast(m.revoked);
            })
          }
        >
          {m.revokeSubscription}
        </Button>
      </div>
      <InlineError message={error} />
    </>
  );
}

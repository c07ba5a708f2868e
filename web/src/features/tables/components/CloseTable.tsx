import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { problemsOf } from '../../../ui/form';
import { InlineError } from '../../../ui/InlineError';
import { useToast } from '../../../ui/Toast';
import { CloseTableMutation } from '../graphql/closeTable.mutation';
import { tableMessages } from '../messages';
import styles from './tables.module.css';

/** The organisers close the table when it is over: planning and joining end, the follow-up goes on. Asks once more first. */
export function CloseTable({ tableId, onClosed }: { tableId: string; onClosed(): void }) {
  const m = useMessages(tableMessages);
  const toast = useToast();
  const [close, closing] = useMutation(CloseTableMutation);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    try {
      await close({ variables: { tableId } });
      toast(m.closedToast);
      onClosed();
    } catch (failure) {
      setError(problemsOf(failure, m.failed).message ?? m.failed);
    }
  };
  return (
    <Panel title={m.closeTitle} id="close">
      <p>{m.closeLead}</p>
      <div className={styles.buttons}>
        {confirming ? (
          <>
            <Button variant="danger" busy={closing.loading} onClick={() => void run()}>
              {m.closeConfirm}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              {m.cancel}
            </Button>
          </>
        ) : (
          <Button onClick={() => setConfirming(true)}>{m.closeTable}</Button>
        )}
      </div>
      <InlineError message={error} />
    </Panel>
  );
}

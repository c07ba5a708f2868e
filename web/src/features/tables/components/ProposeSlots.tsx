import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { InlineError } from '../../../ui/InlineError';
import { Actions, FormStack } from '../../../ui/Page';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { ProposeSlotsMutation } from '../graphql/proposeSlots.mutation';
import { tableMessages } from '../messages';
import { amsterdamInstant } from '../time';
import styles from './tables.module.css';

/** The date poll: a few moments (Dutch time); each must lie in the future. Checked here first, then by the API. */
export function ProposeSlots({ tableId, onProposed }: { tableId: string; onProposed(): void }) {
  const m = useMessages(tableMessages);
  const toast = useToast();
  const [propose, proposing] = useMutation(ProposeSlotsMutation);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [rows, setRows] = useState([
    { key: 0, value: '' },
    { key: 1, value: '' },
    { key: 2, value: '' },
  ]);
  const [local, setLocal] = useState<Record<number, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    const filled = rows.filter((row) => row.value);
    const mistakes: Record<number, string> = {};
    const instants = filled.map((row) => {
      const [day = '', time = ''] = row.value.split('T');
      const instant = amsterdamInstant(day, time);
      if (!instant || new Date(instant).getTime() <= Date.now()) mistakes[row.key] = m.slotInPast;
      return instant ?? '';
    });
    setLocal(mistakes);
    if (Object.keys(mistakes).length) return;
    try {
      await propose({ variables: { tableId, startsAt: instants } });
      toast(m.proposed);
      onProposed();
    } catch (error) {
      fail(error);
    }
  };
  const filledIndex = (key: number) => rows.filter((row) => row.value).findIndex((row) => row.key === key);

  return (
    <form onSubmit={submit} noValidate aria-label={m.pollTitle}>
      <FormStack>
        <p>{m.pollLead}</p>
        {rows.map((row, index) => (
          <div key={row.key} className={styles.row}>
            <TextField
              label={m.slotLabel(index + 1)}
              type="datetime-local"
              name={`startsAt.${index}`}
              value={row.value}
              error={local[row.key] ?? field(`startsAt.${filledIndex(row.key)}`)}
              onChange={(e) => setRows((current) => current.map((r) => (r.key === row.key ? { ...r, value: e.target.value } : r)))}
            />
            {rows.length > 1 && (
              <div>
                <Button variant="quiet" onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}>
                  {m.removeSlot(index + 1)}
                </Button>
              </div>
            )}
          </div>
        ))}
        <div>
          <Button onClick={() => setRows((current) => [...current, { key: Math.max(-1, ...current.map((r) => r.key)) + 1, value: '' }])}>
            {m.addSlot}
          </Button>
        </div>
        <FormAlert problems={problems} placed={['startsAt', ...rows.map((_, i) => `startsAt.${i}`)]} />
        <InlineError message={field('startsAt')} />
        <Actions>
          <Button type="submit" variant="primary" busy={proposing.loading}>
            {m.propose}
          </Button>
        </Actions>
      </FormStack>
    </form>
  );
}

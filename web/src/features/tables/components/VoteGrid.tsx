import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { SlotVote } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { Actions } from '../../../ui/Page';
import { Table } from '../../../ui/Table';
import { useToast } from '../../../ui/Toast';
import { VoteSlotsMutation } from '../graphql/voteSlots.mutation';
import { tableMessages } from '../messages';
import { formatDateTime } from '../time';
import type { TableDetail } from '../types';
import styles from './tables.module.css';

const VOTES: SlotVote[] = ['YES', 'MAYBE', 'NO'];

/**
 * The date poll for the invited organisations the viewer edits: a table, one row per moment, and per organisation a
 * radio group (Yes / Maybe / No) — native radios, so Tab reaches a group and the arrow keys choose; the tally stays readable.
 */
export function VoteGrid({ table, organisations }: { table: TableDetail; organisations: { id: string; name: string }[] }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const [vote, voting] = useMutation(VoteSlotsMutation);
  const { problems, fail, clear } = useProblems(m.failed);
  const [choices, setChoices] = useState<Record<string, SlotVote>>({});
  const key = (organisationId: string, slotId: string) => `${organisationId}:${slotId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    const votes = Object.entries(choices).map(([k, value]) => {
      const [organisationId = '', slotId = ''] = k.split(':');
      return { organisationId, slotId, vote: value };
    });
    try {
      await vote({ variables: { tableId: table.id, votes } });
      toast(m.votesSaved);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <Panel title={m.pollVoteTitle} id="vote">
      <form onSubmit={submit} aria-label={m.pollVoteTitle}>
        <Table label={m.voteTable}>
          <thead>
            <tr>
              <th scope="col">{m.slot}</th>
              {organisations.map((organisation) => (
                <th scope="col" key={organisation.id}>
                  {organisation.name}
                </th>
              ))}
              <th scope="col">{m.answer}</th>
            </tr>
          </thead>
          <tbody className={styles.grid}>
            {table.slots.map((slot) => {
              const when = formatDateTime(slot.startsAt, language);
              return (
                <tr key={slot.id}>
                  <th scope="row">{when}</th>
                  {organisations.map((organisation) => {
                    const name = key(organisation.id, slot.id);
                    return (
                      <td key={organisation.id}>
                        <div role="radiogroup" aria-label={m.voteFor(organisation.name, when)} className={styles.radios}>
                          {VOTES.map((value) => (
                            <label key={value}>
                              <input
                                type="radio"
                                name={name}
                                value={value}
                                checked={choices[name] === value}
                                onChange={() => setChoices((current) => ({ ...current, [name]: value }))}
                              />
                              {m.vote[value]}
                            </label>
                          ))}
                        </div>
                      </td>
                    );
                  })}
                  <td>{m.tally(slot.yes, slot.maybe, slot.no)}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
        <FormAlert problems={problems} placed={[]} />
        <Actions>
          <Button type="submit" variant="primary" busy={voting.loading} disabled={Object.keys(choices).length === 0}>
            {m.saveVotes}
          </Button>
        </Actions>
      </form>
    </Panel>
  );
}

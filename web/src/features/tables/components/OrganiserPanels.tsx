import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { labels } from '../../../i18n/labels';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button, ButtonLink } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { intOrNull, orNull, problemsOf, useProblems } from '../../../ui/form';
import { InlineError } from '../../../ui/InlineError';
import { Actions, FormStack } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { Table } from '../../../ui/Table';
import { TextArea, TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { AddAgendaItemMutation } from '../graphql/addAgendaItem.mutation';
import { ScheduleTableMutation } from '../graphql/scheduleTable.mutation';
import { UpdateSessionMutation } from '../graphql/updateSession.mutation';
import { tableMessages } from '../messages';
import { formatDateTime, fromLocalInput, localInput } from '../time';
import type { TableDetail } from '../types';
import { waitlistPositions } from './InvitationsInbox';
import { ProposeSlots } from './ProposeSlots';
import styles from './tables.module.css';

/** Who was invited and what they answered; accepted first, then the waitlist in order. */
export function InvitationsPanel({ table }: { table: TableDetail }) {
  const m = useMessages(tableMessages);
  const l = useMessages(labels);
  const positions = waitlistPositions(table.invitations);
  return (
    <Panel
      title={m.invitationsTitle}
      id="invitations"
      actions={table.kind === 'LOCAL_TABLE' ? <ButtonLink to={`/tafels/${table.id}/plannen`}>{m.plan}</ButtonLink> : undefined}
    >
      {table.invitations.length === 0 ? (
        <p>{m.noInvitations}</p>
      ) : (
        <Table label={m.invitationsTable}>
          <thead>
            <tr>
              <th scope="col">{m.commitmentOrganisation}</th>
              <th scope="col">{m.kinds}</th>
              <th scope="col">{m.answer}</th>
            </tr>
          </thead>
          <tbody>
            {table.invitations.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.organisation.name}</td>
                <td>{l.organisationKind[invitation.organisation.kind]}</td>
                <td>
                  {invitation.response ? m.rsvpState[invitation.response] : m.notAnswered}
                  {invitation.waitlisted ? ` · ${m.waitlisted(positions.get(invitation.id) ?? 0)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Panel>
  );
}

/** The date poll's moments, best first, each with "schedule"; and more moments to propose. */
export function SlotsPanel({ table, onChanged }: { table: TableDetail; onChanged(): void }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const [schedule, scheduling] = useMutation(ScheduleTableMutation);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (slotId: string) => {
    setError(null);
    setPending(slotId);
    try {
      await schedule({ variables: { tableId: table.id, slotId } });
      toast(m.scheduled);
      onChanged();
    } catch (failure) {
      setError(problemsOf(failure, m.failed).message ?? m.failed);
    } finally {
      setPending(null);
    }
  };
  return (
    <Panel title={m.slotsTitle} id="slots">
      {table.slots.length === 0 ? (
        <p>{m.noSlots}</p>
      ) : (
        <Table label={m.slotsTable}>
          <thead>
            <tr>
              <th scope="col">{m.rank}</th>
              <th scope="col">{m.slot}</th>
              <th scope="col">{m.answer}</th>
              <th scope="col">
                <span className={styles.visuallyHidden}>{m.schedule}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {table.slots.map((slot, index) => {
              const when = formatDateTime(slot.startsAt, language);
              return (
                <tr key={slot.id}>
                  <td>{index + 1}</td>
                  <td>{when}</td>
                  <td>{m.tally(slot.yes, slot.maybe, slot.no)}</td>
                  <td>
                    <Button
                      variant={index === 0 ? 'primary' : 'secondary'}
                      aria-label={m.scheduleSlot(when)}
                      busy={scheduling.loading && pending === slot.id}
                      disabled={scheduling.loading}
                      onClick={() => void run(slot.id)}
                    >
                      {m.schedule}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <InlineError message={error} />
      <details>
        <summary>{m.proposeMore}</summary>
        <ProposeSlots tableId={table.id} onProposed={onChanged} />
      </details>
    </Panel>
  );
}

/** An agenda item for the table as a whole or one of its sessions. */
export function AgendaForm({ table, onAdded }: { table: TableDetail; onAdded(): void }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const [add, adding] = useMutation(AddAgendaItemMutation);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [duration, setDuration] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await add({
        variables: {
          tableId: table.id,
          input: {
            title: title.trim(),
            description: orNull(description),
            sessionId: sessionId || null,
            durationMinutes: intOrNull(duration),
          },
        },
      });
      toast(m.agendaAdded);
      setTitle('');
      setDescription('');
      setDuration('');
      onAdded();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={m.agendaTitle}>
      <FormStack>
        <h3>{m.agendaTitle}</h3>
        <TextField label={m.agendaItemTitle} name="title" value={title} error={field('title')} onChange={(e) => setTitle(e.target.value)} />
        <TextArea
          label={m.description}
          optionalLabel={m.optional}
          name="description"
          rows={2}
          value={description}
          error={field('description')}
          onChange={(e) => setDescription(e.target.value)}
        />
        <div className={styles.row}>
          <SelectField
            label={m.agendaSession}
            name="sessionId"
            options={[
              { value: '', label: m.wholeTable },
              ...table.sessions.map((session) => ({ value: session.id, label: formatDateTime(session.startsAt, language) })),
            ]}
            value={sessionId}
            error={field('sessionId')}
            onChange={(e) => setSessionId(e.target.value)}
          />
          <TextField
            label={m.durationMinutes}
            optionalLabel={m.optional}
            type="number"
            inputMode="numeric"
            min={1}
            name="durationMinutes"
            value={duration}
            error={field('durationMinutes')}
            onChange={(e) => setDuration(e.target.value)}
          />
        </div>
        <FormAlert problems={problems} placed={['title', 'description', 'sessionId', 'durationMinutes']} />
        <Actions>
          <Button type="submit" busy={adding.loading}>
            {m.addAgendaItem}
          </Button>
        </Actions>
      </FormStack>
    </form>
  );
}

/** One session, during or after the meeting: its time and place (the end after the start), and its minutes (*verslag*). */
export function MinutesForm({ session }: { session: TableDetail['sessions'][number] }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const [update, updating] = useMutation(UpdateSessionMutation);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [minutes, setMinutes] = useState(session.minutes ?? '');
  const [startsAt, setStartsAt] = useState(localInput(session.startsAt));
  const [endsAt, setEndsAt] = useState(localInput(session.endsAt));
  const [location, setLocation] = useState(session.location ?? '');
  const [local, setLocal] = useState<string | null>(null);
  const when = formatDateTime(session.startsAt, language);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    const start = fromLocalInput(startsAt);
    const end = fromLocalInput(endsAt);
    if (start && end && new Date(end).getTime() <= new Date(start).getTime()) {
      setLocal(m.endBeforeStart);
      return;
    }
    setLocal(null);
    try {
      await update({ variables: { id: session.id, input: { minutes, startsAt: start, endsAt: end, location: orNull(location) } } });
      toast(m.minutesSaved);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={m.sessionOf(when)}>
      <FormStack>
        <div className={styles.row}>
          <TextField
            label={m.startsAt}
            type="datetime-local"
            name="startsAt"
            value={startsAt}
            error={field('startsAt')}
            onChange={(e) => setStartsAt(e.target.value)}
          />
          <TextField
            label={m.endsAt}
            type="datetime-local"
            name="endsAt"
            value={endsAt}
            error={local ?? field('endsAt')}
            onChange={(e) => setEndsAt(e.target.value)}
          />
          <TextField
            label={m.location}
            optionalLabel={m.optional}
            name="location"
            value={location}
            error={field('location')}
            onChange={(e) => setLocation(e.target.value)}
          />
        </div>
        <TextArea
          label={m.minutesOf(when)}
          name="minutes"
          rows={4}
          value={minutes}
          error={field('minutes')}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <FormAlert problems={problems} placed={['minutes', 'startsAt', 'endsAt', 'location', 'joinUrl']} />
        <Actions>
          <Button type="submit" busy={updating.loading}>
            {m.saveMinutes}
          </Button>
        </Actions>
      </FormStack>
    </form>
  );
}

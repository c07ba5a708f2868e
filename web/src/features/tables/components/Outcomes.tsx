import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { ActionItemStatus, ActionRowFragment, CommitmentKind, CommitmentRowFragment, CommitmentStatus } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { intOrNull, orNull, problemsOf, useProblems } from '../../../ui/form';
import { InlineError } from '../../../ui/InlineError';
import { Actions, FormStack } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { Table } from '../../../ui/Table';
import { TextArea, TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { AddActionItemMutation } from '../graphql/addActionItem.mutation';
import { CommitmentInitiativesQuery } from '../graphql/commitmentInitiatives.query';
import { RecordCommitmentMutation } from '../graphql/recordCommitment.mutation';
import { SetActionItemStatusMutation } from '../graphql/setActionItemStatus.mutation';
import { SetCommitmentStatusMutation } from '../graphql/setCommitmentStatus.mutation';
import { tableMessages } from '../messages';
import { dayFromToday, formatDay } from '../time';
import type { TableDetail } from '../types';
import styles from './tables.module.css';

const COMMITMENT_KINDS: CommitmentKind[] = ['FUNDING', 'PLACES', 'VOLUNTEERS', 'EXPERTISE', 'VENUE'];
/** The steps a commitment can take from each status (the API refuses others). */
const NEXT_STATUS: Partial<Record<CommitmentStatus, CommitmentStatus[]>> = {
  PLEDGED: ['CONFIRMED', 'DELIVERED', 'WITHDRAWN'],
  CONFIRMED: ['DELIVERED', 'WITHDRAWN'],
};
const ACTION_STATUSES: ActionItemStatus[] = ['OPEN', 'DONE', 'CANCELLED'];

function useStatusChange() {
  const m = useMessages(tableMessages);
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, onDone: () => void) => {
    setError(null);
    try {
      await action();
      toast(m.statusChanged);
      onDone();
    } catch (failure) {
      setError(problemsOf(failure, m.failed).message ?? m.failed);
    }
  };
  return { error, run };
}

const what = (commitment: CommitmentRowFragment, m: (typeof tableMessages)['nl'], euros: (n: number) => string) =>
  [
    m.commitmentKind[commitment.kind],
    commitment.amount !== null && commitment.amount !== undefined ? euros(commitment.amount) : null,
    commitment.quantity !== null && commitment.quantity !== undefined ? String(commitment.quantity) : null,
  ]
    .filter(Boolean)
    .join(' · ');

/** Commitments with their status (changed by the committing organisation or the organisers) and the form to record one. */
export function CommitmentsPanel({
  table,
  editable,
  onChanged,
}: {
  table: TableDetail;
  /** The viewer's organisations that take part (may record and change their own). */
  editable: { id: string; name: string }[];
  onChanged(): void;
}) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const euros = (n: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
      n,
    );
  const [setStatus, setting] = useMutation(SetCommitmentStatusMutation);
  const { error, run } = useStatusChange();
  const mayChange = (commitment: CommitmentRowFragment) =>
    table.viewerMayManage || editable.some((o) => o.id === commitment.organisation.id);
  return (
    <Panel title={m.commitmentsTitle} id="commitments">
      {table.commitments.length === 0 ? (
        <p>{m.noCommitments}</p>
      ) : (
        <Table label={m.commitmentsTable}>
          <thead>
            <tr>
              <th scope="col">{m.commitmentOrganisation}</th>
              <th scope="col">{m.kinds}</th>
              <th scope="col">{m.description}</th>
              <th scope="col">{m.initiativeId}</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {table.commitments.map((commitment) => {
              const next = NEXT_STATUS[commitment.status] ?? [];
              const label = `${commitment.organisation.name}: ${what(commitment, m, euros)}`;
              return (
                <tr key={commitment.id}>
                  <td>{commitment.organisation.name}</td>
                  <td>{what(commitment, m, euros)}</td>
                  <td>{commitment.description}</td>
                  <td>{commitment.initiative?.title ?? ''}</td>
                  <td>
                    {mayChange(commitment) && next.length ? (
                      <SelectField
                        label={m.setStatus(label)}
                        name={`commitment-${commitment.id}`}
                        options={[commitment.status, ...next].map((status) => ({ value: status, label: m.commitmentStatus[status] }))}
                        value={commitment.status}
                        disabled={setting.loading}
                        onChange={(e) =>
                          void run(
                            () => setStatus({ variables: { id: commitment.id, status: e.target.value as CommitmentStatus } }),
                            onChanged,
                          )
                        }
                      />
                    ) : (
                      m.commitmentStatus[commitment.status]
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <InlineError message={error} />
      {editable.length > 0 && <CommitmentForm table={table} organisations={editable} onRecorded={onChanged} />}
    </Panel>
  );
}

function CommitmentForm({
  table,
  organisations,
  onRecorded,
}: {
  table: TableDetail;
  organisations: { id: string; name: string }[];
  onRecorded(): void;
}) {
  const m = useMessages(tableMessages);
  const toast = useToast();
  const [record, recording] = useMutation(RecordCommitmentMutation);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const initiatives = useQuery(CommitmentInitiativesQuery, {
    variables: {
      filter: {
        themes: [table.theme.slug],
        statuses: ['PUBLISHED'],
        municipalityCodes: table.municipality ? [table.municipality.code] : null,
      },
    },
  });
  const [organisationId, setOrganisationId] = useState('');
  const [kind, setKind] = useState<CommitmentKind>('FUNDING');
  const [amount, setAmount] = useState('');
  const [quantity, setQuantity] = useState('');
  const [description, setDescription] = useState('');
  const [initiativeId, setInitiativeId] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await record({
        variables: {
          tableId: table.id,
          input: {
            organisationId: organisationId || organisations[0]?.id || '',
            kind,
            amount: kind === 'FUNDING' ? intOrNull(amount) : null,
            quantity: kind === 'PLACES' || kind === 'VOLUNTEERS' ? intOrNull(quantity) : null,
            description: orNull(description),
            initiativeId: initiativeId || null,
          },
        },
      });
      toast(m.commitmentRecorded);
      setAmount('');
      setQuantity('');
      setDescription('');
      onRecorded();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={m.recordCommitment}>
      <FormStack>
        <h3>{m.recordCommitment}</h3>
        <div className={styles.row}>
          <SelectField
            label={m.commitmentOrganisation}
            name="organisationId"
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            value={organisationId || organisations[0]?.id || ''}
            error={field('organisationId')}
            onChange={(e) => setOrganisationId(e.target.value)}
          />
          <SelectField
            label={m.kinds}
            name="kind"
            options={COMMITMENT_KINDS.map((value) => ({ value, label: m.commitmentKind[value] }))}
            value={kind}
            error={field('kind')}
            onChange={(e) => setKind(e.target.value as CommitmentKind)}
          />
          {kind === 'FUNDING' && (
            <TextField
              label={m.amount}
              type="number"
              inputMode="numeric"
              min={0}
              name="amount"
              value={amount}
              error={field('amount')}
              onChange={(e) => setAmount(e.target.value)}
            />
          )}
          {(kind === 'PLACES' || kind === 'VOLUNTEERS') && (
            <TextField
              label={m.quantity}
              type="number"
              inputMode="numeric"
              min={0}
              name="quantity"
              value={quantity}
              error={field('quantity')}
              onChange={(e) => setQuantity(e.target.value)}
            />
          )}
        </div>
        <SelectField
          label={m.initiativeId}
          name="initiativeId"
          options={[
            { value: '', label: m.noInitiative },
            ...(initiatives.data?.initiatives.edges ?? []).map(({ node }) => ({ value: node.id, label: node.title })),
          ]}
          value={initiativeId}
          error={field('initiativeId')}
          onChange={(e) => setInitiativeId(e.target.value)}
        />
        <TextArea
          label={m.description}
          optionalLabel={m.optional}
          name="commitmentDescription"
          rows={2}
          value={description}
          error={field('description')}
          onChange={(e) => setDescription(e.target.value)}
        />
        <FormAlert problems={problems} placed={['organisationId', 'kind', 'amount', 'quantity', 'initiativeId', 'description']} />
        <Actions>
          <Button type="submit" busy={recording.loading}>
            {m.recordCommitment}
          </Button>
        </Actions>
      </FormStack>
    </form>
  );
}

/** Action items by due date, their status, and (organisers) a form to add one for an organisation at the table. */
export function ActionsPanel({ table, editable, onChanged }: { table: TableDetail; editable: { id: string }[]; onChanged(): void }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const [setStatus, setting] = useMutation(SetActionItemStatusMutation);
  const { error, run } = useStatusChange();
  const mayChange = (action: ActionRowFragment) => table.viewerMayManage || editable.some((o) => o.id === action.owner.id);
  return (
    <Panel title={m.actionsTitle} id="actions">
      {table.actionItems.length === 0 ? (
        <p>{m.noActions}</p>
      ) : (
        <Table label={m.actionsTable}>
          <thead>
            <tr>
              <th scope="col">{m.actionTitle}</th>
              <th scope="col">{m.owner}</th>
              <th scope="col">{m.dueOn}</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {table.actionItems.map((action) => (
              <tr key={action.id}>
                <td>{action.title}</td>
                <td>{action.owner.name}</td>
                <td>{formatDay(action.dueOn, language)}</td>
                <td>
                  {mayChange(action) ? (
                    <SelectField
                      label={m.setStatus(action.title)}
                      name={`action-${action.id}`}
                      options={ACTION_STATUSES.map((status) => ({ value: status, label: m.actionStatus[status] }))}
                      value={action.status}
                      disabled={setting.loading}
                      onChange={(e) =>
                        void run(() => setStatus({ variables: { id: action.id, status: e.target.value as ActionItemStatus } }), onChanged)
                      }
                    />
                  ) : (
                    m.actionStatus[action.status]
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <InlineError message={error} />
      {table.viewerMayManage && <ActionForm table={table} onAdded={onChanged} />}
    </Panel>
  );
}

function ActionForm({ table, onAdded }: { table: TableDetail; onAdded(): void }) {
  const m = useMessages(tableMessages);
  const toast = useToast();
  const [add, adding] = useMutation(AddActionItemMutation);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const owners = [
    table.organiser,
    ...(table.coOrganiser ? [table.coOrganiser] : []),
    ...table.invitations.map((invitation) => invitation.organisation),
  ].filter((o, index, all) => all.findIndex((x) => x.id === o.id) === index);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState(dayFromToday(14));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await add({
        variables: { tableId: table.id, input: { title: title.trim(), ownerOrganisationId: owner || owners[0]?.id || '', dueOn } },
      });
      toast(m.actionAdded);
      setTitle('');
      onAdded();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={m.addAction}>
      <FormStack>
        <h3>{m.addAction}</h3>
        <TextField
          label={m.actionTitle}
          name="actionTitle"
          value={title}
          error={field('title')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <div className={styles.row}>
          <SelectField
            label={m.owner}
            name="ownerOrganisationId"
            options={owners.map((o) => ({ value: o.id, label: o.name }))}
            value={owner || owners[0]?.id || ''}
            error={field('ownerOrganisationId')}
            onChange={(e) => setOwner(e.target.value)}
          />
          <TextField
            label={m.dueOn}
            type="date"
            name="dueOn"
            value={dueOn}
            error={field('dueOn')}
            onChange={(e) => setDueOn(e.target.value)}
          />
        </div>
        <FormAlert problems={problems} placed={['title', 'ownerOrganisationId', 'dueOn']} />
        <Actions>
          <Button type="submit" busy={adding.loading}>
            {m.addAction}
          </Button>
        </Actions>
      </FormStack>
    </form>
  );
}

/** What still has to happen: actions past due, open actions, commitments not yet delivered. */
export function FollowUpPanel({ followUp, id = 'follow-up' }: { followUp: NonNullable<TableDetail['followUp']>; id?: string }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const empty = !followUp.overdueActions.length && !followUp.openActions.length && !followUp.openCommitments.length;
  const actions = (title: string, items: ActionRowFragment[]) =>
    items.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul aria-label={title}>
          {items.map((action) => (
            <li key={action.id}>
              {action.title} — {action.owner.name}, {m.dueOn.toLowerCase()} {formatDay(action.dueOn, language)}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <Panel title={m.followUpTitle} id={id}>
      {empty && <p>{m.nothingOpen}</p>}
      {actions(m.overdue, followUp.overdueActions)}
      {actions(m.openActions, followUp.openActions)}
      {followUp.openCommitments.length > 0 && (
        <>
          <h3>{m.openCommitments}</h3>
          <ul aria-label={m.openCommitments}>
            {followUp.openCommitments.map((commitment) => (
              <li key={commitment.id}>
                {commitment.organisation.name}: {m.commitmentKind[commitment.kind]} ({m.commitmentStatus[commitment.status]})
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

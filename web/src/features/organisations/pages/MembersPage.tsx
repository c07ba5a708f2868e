import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import type { MembershipRole } from '../../../gql/graphql';
import { labels, ROLES } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { Dialog } from '../../../ui/Dialog';
import { FormAlert } from '../../../ui/FormAlert';
import { isNotFound, useProblems } from '../../../ui/form';
import { Actions, FormStack, Page } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { ErrorNotice, Loading, Notice } from '../../../ui/States';
import { Table } from '../../../ui/Table';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { ManageNav } from '../components/ManageNav';
import { AddMemberMutation } from '../graphql/addMember.mutation';
import { ChangeMemberRoleMutation } from '../graphql/changeMemberRole.mutation';
import { MembersQuery } from '../graphql/members.query';
import { RemoveMemberMutation } from '../graphql/removeMember.mutation';
import { organisationMessages } from '../messages';
import styles from './MembersPage.module.css';

export function MembersPage() {
  const { id = '' } = useParams();
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const { viewer, mayManageMembers } = useViewer();
  const query = useQuery(MembersQuery, { variables: { id } });
  const rowProblems = useProblems(m.failed);
  const [changeRole] = useMutation(ChangeMemberRoleMutation);
  const [remove, removing] = useMutation(RemoveMemberMutation, { refetchQueries: ['Members'], awaitRefetchQueries: true });
  const [removing_, setRemoving] = useState<{ id: string; name: string } | null>(null);

  if (query.loading && !query.data) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.organisation)) return <NotFound />;
  if (!query.data?.organisation) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const organisation = query.data.organisation;
  const manage = mayManageMembers(id);
  const members = organisation.members ?? [];

  const onRole = async (membershipId: string, name: string, role: MembershipRole) => {
    rowProblems.clear();
    try {
      await changeRole({ variables: { membershipId, role } });
      toast(m.roleChanged(name, l.role[role]));
    } catch (error) {
      rowProblems.fail(error);
      void query.refetch();
    }
  };
  const onRemove = async () => {
    if (!removing_) return;
    rowProblems.clear();
    try {
      await remove({ variables: { membershipId: removing_.id } });
      toast(m.removed(removing_.name));
    } catch (error) {
      rowProblems.fail(error);
    }
    setRemoving(null);
  };

  return (
    <Page
      title={m.membersTitle(organisation.name)}
      lead={<p>{m.membersLead}</p>}
      back={<Link to={`/organisaties/${id}`}>{m.back(organisation.name)}</Link>}
    >
      <ManageNav organisationId={id} kind={organisation.kind} />
      {!manage && (
        <Notice tone="info">
          <p>{m.membersOwnerOnly}</p>
        </Notice>
      )}
      <FormAlert problems={rowProblems.problems} placed={[]} />
      <Table label={m.manageMembers}>
        <thead>
          <tr>
            <th scope="col">{m.colName}</th>
            <th scope="col">{m.colEmail}</th>
            <th scope="col">{m.colRole}</th>
            {manage && <th scope="col">{m.colActions}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.person.name}</th>
              <td className={styles.email}>{member.person.email}</td>
              <td>
                {manage ? (
                  <select
                    className={styles.roleSelect}
                    aria-label={m.roleOf(member.person.name)}
                    value={member.role}
                    onChange={(event) => void onRole(member.id, member.person.name, event.target.value as MembershipRole)}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {l.role[role]}
                      </option>
                    ))}
                  </select>
                ) : (
                  l.role[member.role]
                )}
              </td>
              {manage && (
                <td>
                  {member.person.id !== viewer?.id && (
                    <Button
                      variant="danger"
                      aria-label={m.removeLabel(member.person.name)}
                      onClick={() => setRemoving({ id: member.id, name: member.person.name })}
                    >
                      {m.remove}
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      {manage && <AddMember organisationId={id} />}
      <Dialog open={removing_ !== null} title={m.removeTitle(removing_?.name ?? '')} onClose={() => setRemoving(null)}>
        <p>{m.removeBody}</p>
        <Actions>
          <Button variant="danger" busy={removing.loading} onClick={() => void onRemove()}>
            {m.remove}
          </Button>
          <Button onClick={() => setRemoving(null)}>{m.cancel}</Button>
        </Actions>
      </Dialog>
    </Page>
  );
}

function AddMember({ organisationId }: { organisationId: string }) {
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('EDITOR');
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [add, adding] = useMutation(AddMemberMutation, { refetchQueries: ['Members'], awaitRefetchQueries: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      const { data } = await add({ variables: { organisationId, email: email.trim(), role } });
      toast(m.added(data?.addMember.person.name ?? email, l.role[role]));
      setEmail('');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Panel title={m.addMemberTitle}>
      <form onSubmit={submit} noValidate>
        <FormStack>
          <TextField
            label={m.email}
            hint={m.addMemberHint}
            type="email"
            name="email"
            autoComplete="off"
            value={email}
            error={field('email')}
            onChange={(e) => setEmail(e.target.value)}
          />
          <SelectField
            label={m.role}
            name="role"
            value={role}
            error={field('role')}
            options={ROLES.map((option) => ({ value: option, label: `${l.role[option]} — ${l.roleHelp[option]}` }))}
            onChange={(e) => setRole(e.target.value as MembershipRole)}
          />
          <FormAlert problems={problems} placed={['email', 'role']} />
          <Actions>
            <Button type="submit" variant="primary" busy={adding.loading}>
              {m.add}
            </Button>
          </Actions>
        </FormStack>
      </form>
    </Panel>
  );
}

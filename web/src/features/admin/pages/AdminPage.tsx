import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { Actions, FormStack, Page } from '../../../ui/Page';
import { ErrorNotice, Loading } from '../../../ui/States';
import { Table } from '../../../ui/Table';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { AdminNav } from '../components/AdminNav';
import { AdminsQuery } from '../graphql/admins.query';
import { AppointAdminMutation } from '../graphql/appointAdmin.mutation';
import { adminMessages } from '../messages';

export function AdminPage() {
  const m = useMessages(adminMessages);
  const toast = useToast();
  const admins = useQuery(AdminsQuery);
  const [email, setEmail] = useState('');
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [appoint, appointing] = useMutation(AppointAdminMutation, { refetchQueries: ['Admins'], awaitRefetchQueries: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      const { data } = await appoint({ variables: { email: email.trim() } });
      toast(m.appointed(data?.appointAdmin.name ?? email));
      setEmail('');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Page title={m.title} lead={<p>{m.lead}</p>}>
      <AdminNav />
      <Panel title={m.adminsTitle}>
        {admins.loading && !admins.data && <Loading />}
        {admins.error && <ErrorNotice onRetry={() => void admins.refetch()} />}
        {admins.data && (
          <Table label={m.adminsTitle}>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.email}</th>
              </tr>
            </thead>
            <tbody>
              {admins.data.admins.map((admin) => (
                <tr key={admin.id}>
                  <th scope="row">{admin.name}</th>
                  <td>{admin.email}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Panel>
      <Panel title={m.appointTitle}>
        <form onSubmit={submit} noValidate>
          <FormStack>
            <TextField
              label={m.email}
              hint={m.appointHint}
              type="email"
              name="email"
              autoComplete="off"
              value={email}
              error={field('email')}
              onChange={(e) => setEmail(e.target.value)}
            />
            <FormAlert problems={problems} placed={['email']} />
            <Actions>
              <Button type="submit" variant="primary" busy={appointing.loading}>
                {m.appoint}
              </Button>
            </Actions>
          </FormStack>
        </form>
      </Panel>
    </Page>
  );
}

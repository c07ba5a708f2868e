import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { resetAllClients } from '../../../app/apollo';
import { labels } from '../../../i18n/labels';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button, ButtonAnchor } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { Dialog } from '../../../ui/Dialog';
import { FormAlert } from '../../../ui/FormAlert';
import { intOrNull, useProblems } from '../../../ui/form';
import { Actions, Facts, FormStack, Page } from '../../../ui/Page';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../ui/States';
import { Table } from '../../../ui/Table';
import { Tag } from '../../../ui/Tag';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { CalendarSubscription } from '../../tables/components/CalendarPanel';
import { AccountQuery } from '../graphql/account.query';
import { CreateApiTokenMutation } from '../graphql/createApiToken.mutation';
import { DeleteMyAccountMutation } from '../graphql/deleteMyAccount.mutation';
import { EndOtherSessionsMutation } from '../graphql/endOtherSessions.mutation';
import { RevokeApiTokenMutation } from '../graphql/revokeApiToken.mutation';
import { SignOutMutation } from '../graphql/signOut.mutation';
import { accountMessages } from '../messages';
import styles from './AccountPage.module.css';

export function AccountPage() {
  const m = useMessages(accountMessages);
  const l = useMessages(labels);
  const { language } = useLanguage();
  const toast = useToast();
  const navigate = useNavigate();
  const account = useQuery(AccountQuery);
  const [signOut, signingOut] = useMutation(SignOutMutation);

  const doSignOut = async () => {
    await signOut();
    // Leave the account page first, so its own query is not refetched without a session.
    navigate('/');
    await resetAllClients(language);
    toast(m.signedOut);
  };

  const me = account.data?.me;
  return (
    <Page
      title={m.accountTitle}
      actions={
        <Button onClick={() => void doSignOut()} busy={signingOut.loading}>
          {m.signOut}
        </Button>
      }
    >
      {account.loading && !account.data && <Loading />}
      {account.error && <ErrorNotice onRetry={() => void account.refetch()} />}
      {me && (
        <>
          <Panel title={m.profile}>
            <Facts
              items={[
                [m.name, me.name],
                [m.email, me.email],
                [m.memberSince, l.date(me.createdAt)],
              ]}
            />
            <p className={styles.more}>
              <Link to="/mijn-organisaties">{m.organisationsLink}</Link>
            </p>
          </Panel>
          <ApiTokens tokens={me.apiTokens} onChange={() => void account.refetch()} />
          <Sessions sessions={me.sessions} onChange={() => void account.refetch()} />
          <Panel title={m.calendarTitle}>
            <p>{m.calendarIntro}</p>
            <CalendarSubscription />
          </Panel>
          <Panel title={m.exportTitle}>
            <p>{m.exportIntro}</p>
            <ButtonAnchor href="/api/me/export" download>
              {m.exportButton}
            </ButtonAnchor>
          </Panel>
          <DeleteAccount />
        </>
      )}
    </Page>
  );
}

interface Token {
  id: string;
  name: string;
  createdAt: string;
  expiresAt?: string | null;
  lastUsedAt: string;
}

function ApiTokens({ tokens, onChange }: { tokens: Token[]; onChange(): void }) {
  const m = useMessages(accountMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [create, creating] = useMutation(CreateApiTokenMutation);
  const [revoke] = useMutation(RevokeApiTokenMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      const { data } = await create({ variables: { input: { name, expiresInDays: intOrNull(days) } } });
      if (data) setCreated({ name: data.createApiToken.apiToken.name, token: data.createApiToken.token });
      toast(m.tokenCreated(name));
      setName('');
      setDays('');
      onChange();
    } catch (error) {
      fail(error);
    }
  };

  const doRevoke = async (token: Token) => {
    try {
      await revoke({ variables: { id: token.id } });
      toast(m.revoked(token.name));
      if (created?.name === token.name) setCreated(null);
      onChange();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Panel title={m.tokensTitle}>
      <p>{m.tokensIntro}</p>
      {created && (
        <Notice>
          <p>
            <strong>{m.newTokenTitle}</strong> ({created.name}). {m.newTokenBody}
          </p>
          <p className={styles.token}>
            <code data-testid="new-token">{created.token}</code>
          </p>
          <Button onClick={() => void navigator.clipboard?.writeText(created.token).then(() => toast(m.copied))}>{m.copy}</Button>
        </Notice>
      )}
      {tokens.length === 0 ? (
        <EmptyState title={m.noTokens} />
      ) : (
        <Table label={m.tokensTitle}>
          <thead>
            <tr>
              <th scope="col">{m.colName}</th>
              <th scope="col">{m.colCreated}</th>
              <th scope="col">{m.colLastUsed}</th>
              <th scope="col">{m.colExpires}</th>
              <th scope="col">
                <span className="visually-hidden">{m.revoke}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{l.date(token.createdAt)}</td>
                <td>{l.dateTime(token.lastUsedAt)}</td>
                <td>{token.expiresAt ? l.date(token.expiresAt) : m.never}</td>
                <td>
                  <Button variant="danger" aria-label={m.revokeLabel(token.name)} onClick={() => void doRevoke(token)}>
                    {m.revoke}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <form className={styles.inlineForm} onSubmit={submit} noValidate>
        <TextField
          label={m.tokenName}
          hint={m.tokenNameHint}
          name="tokenName"
          required
          value={name}
          error={field('name')}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={m.tokenExpires}
          hint={m.tokenExpiresHint}
          name="expiresInDays"
          type="number"
          min={1}
          max={366}
          inputMode="numeric"
          value={days}
          error={field('expiresInDays')}
          onChange={(e) => setDays(e.target.value)}
        />
        <FormAlert problems={problems} placed={['name', 'expiresInDays']} />
        <Actions>
          <Button type="submit" variant="primary" busy={creating.loading}>
            {m.createToken}
          </Button>
        </Actions>
      </form>
    </Panel>
  );
}

interface Session {
  id: string;
  createdAt: string;
  current: boolean;
  lastUsedAt: string;
  expiresAt?: string | null;
}

function Sessions({ sessions, onChange }: { sessions: Session[]; onChange(): void }) {
  const m = useMessages(accountMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const [endOthers, ending] = useMutation(EndOtherSessionsMutation);
  const end = async () => {
    const { data } = await endOthers();
    toast(m.endedOthers(data?.endOtherSessions ?? 0));
    onChange();
  };
  return (
    <Panel
      title={m.sessionsTitle}
      actions={
        sessions.length > 1 && (
          <Button onClick={() => void end()} busy={ending.loading}>
            {m.endOthers}
          </Button>
        )
      }
    >
      <p>{m.sessionsIntro}</p>
      <Table label={m.sessionsTitle}>
        <thead>
          <tr>
            <th scope="col">{m.colCreated}</th>
            <th scope="col">{m.colLastUsed}</th>
            <th scope="col">{m.colExpires}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id}>
              <td>
                {l.dateTime(session.createdAt)} {session.current && <Tag tone="primary">{m.thisSession}</Tag>}
              </td>
              <td>{l.dateTime(session.lastUsedAt)}</td>
              <td>{session.expiresAt ? l.date(session.expiresAt) : m.never}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Panel>
  );
}

function DeleteAccount() {
  const m = useMessages(accountMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [deleteAccount, deleting] = useMutation(DeleteMyAccountMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await deleteAccount({ variables: { password } });
      setOpen(false);
      navigate('/');
      await resetAllClients(language);
      toast(m.deleted);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Panel title={m.deleteTitle}>
      <p>{m.deleteIntro}</p>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {m.deleteButton}
      </Button>
      <Dialog open={open} title={m.deleteConfirmTitle} onClose={() => setOpen(false)}>
        <form onSubmit={submit} noValidate>
          <FormStack>
            <p>{m.deleteConfirmBody}</p>
            <TextField
              label={m.password}
              type="password"
              autoComplete="current-password"
              name="password"
              value={password}
              error={field('password')}
              onChange={(e) => setPassword(e.target.value)}
            />
            <FormAlert problems={problems} placed={['password']} />
            <Actions>
              <Button type="submit" variant="danger" busy={deleting.loading}>
                {m.deleteConfirm}
              </Button>
              <Button onClick={() => setOpen(false)}>{m.cancel}</Button>
            </Actions>
          </FormStack>
        </form>
      </Dialog>
    </Panel>
  );
}

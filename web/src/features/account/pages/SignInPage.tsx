import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { resetAllClients } from '../../../app/apollo';
import { safeReturnPath } from '../../../app/RequireViewer';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { Actions, FormStack, Page } from '../../../ui/Page';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { SignInMutation } from '../graphql/signIn.mutation';
import { accountMessages } from '../messages';
import styles from './AuthPage.module.css';

export function SignInPage() {
  const m = useMessages(accountMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('terug'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [signIn, { loading }] = useMutation(SignInMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      const { data } = await signIn({ variables: { email, password } });
      await resetAllClients(language);
      toast(m.signedIn(data?.signIn.viewer.name ?? ''));
      navigate(returnTo ?? '/mijn-organisaties', { replace: true });
    } catch (error) {
      fail(error);
    }
  };

  const shown =
    problems.code === 'RATE_LIMITED'
      ? { ...problems, message: m.throttled(Math.max(1, Math.ceil((problems.retryAfterSeconds ?? 60) / 60))) }
      : problems;

  return (
    <Page title={m.signInTitle} lead={<p>{m.signInLead}</p>}>
      <form className={styles.card} onSubmit={submit} noValidate>
        <FormStack>
          <TextField
            label={m.email}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            error={field('email')}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            label={m.password}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            error={field('password')}
            onChange={(e) => setPassword(e.target.value)}
          />
          <FormAlert problems={shown} placed={['email', 'password']} />
          <Actions>
            <Button type="submit" variant="primary" busy={loading}>
              {m.signInButton}
            </Button>
          </Actions>
        </FormStack>
      </form>
      <p className={styles.switch}>
        {m.noAccount} <Link to={`/registreren${returnTo ? `?terug=${encodeURIComponent(returnTo)}` : ''}`}>{m.signUpLink}</Link>
      </p>
    </Page>
  );
}

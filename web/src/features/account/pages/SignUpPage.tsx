import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
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
import { SignUpMutation } from '../graphql/signUp.mutation';
import { accountMessages } from '../messages';
import styles from './AuthPage.module.css';

export const MIN_PASSWORD_LENGTH = 10;

export function SignUpPage() {
  const m = useMessages(accountMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('terug'));
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const rulesId = useId();
  const longEnough = password.length >= MIN_PASSWORD_LENGTH;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      const { data } = await signUp({ variables: { input: { name, email, password } } });
      await resetAllClients(language);
      toast(m.signedUp(data?.signUp.viewer.name ?? name));
      navigate(returnTo ?? '/mijn-organisaties', { replace: true });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Page title={m.signUpTitle} lead={<p>{m.signUpLead}</p>}>
      <form className={styles.card} onSubmit={submit} noValidate>
        <FormStack>
          <TextField
            label={m.name}
            hint={m.nameHint}
            name="name"
            autoComplete="name"
            required
            value={name}
            error={field('name')}
            onChange={(e) => setName(e.target.value)}
          />
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
          <div>
            <TextField
              label={m.password}
              type="password"
              name="password"
              autoComplete="new-password"
              required
              aria-describedby={rulesId}
              value={password}
              error={field('password')}
              onChange={(e) => setPassword(e.target.value)}
            />
            <div className={styles.rules} id={rulesId}>
              <p className={styles.rulesTitle}>{m.passwordRules}:</p>
              <ul>
                <li data-met={longEnough}>
                  <span aria-hidden="true">{longEnough ? '✓' : '•'}</span> {m.ruleLength}
                  <span className="visually-hidden"> ({longEnough ? m.ruleMet : m.ruleNotMet})</span>
                </li>
                <li>
                  <span aria-hidden="true">•</span> {m.ruleCommon}
                </li>
              </ul>
            </div>
          </div>
          <FormAlert problems={problems} placed={['name', 'email', 'password']} />
          <Actions>
            <Button type="submit" variant="primary" busy={loading}>
              {m.signUpButton}
            </Button>
          </Actions>
        </FormStack>
      </form>
      <p className={styles.switch}>
        {m.haveAccount} <Link to={`/inloggen${returnTo ? `?terug=${encodeURIComponent(returnTo)}` : ''}`}>{m.signInLink}</Link>
      </p>
    </Page>
  );
}

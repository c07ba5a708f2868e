import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { AddReviewerMutation } from '../graphql/addReviewer.mutation';
import { callMessages } from '../messages';
import styles from '../pages/CallPage.module.css';
import type { CallDetail } from '../types';

/** The call's reviewers, and a form to name another by e-mail address (funders' members). */
export function ReviewersPanel({ call }: { call: CallDetail }) {
  const m = useMessages(callMessages);
  const toast = useToast();
  const [email, setEmail] = useState('');
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [add, adding] = useMutation(AddReviewerMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      await add({ variables: { callId: call.id, email: email.trim() } });
      setEmail('');
      toast(m.reviewerAdded);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <div>
      <h3>{m.reviewers}</h3>
      {call.reviewers.length === 0 ? (
        <p>{m.noReviewers}</p>
      ) : (
        <ul>
          {call.reviewers.map((reviewer) => (
            <li key={reviewer.id}>{reviewer.name}</li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className={styles.inline}>
        <TextField
          label={m.reviewerEmail}
          type="email"
          name="email"
          autoComplete="off"
          value={email}
          error={field('email')}
          onChange={(e) => setEmail(e.target.value)}
        />
        <div>
          <Button type="submit" busy={adding.loading}>
            {m.addReviewer}
          </Button>
        </div>
      </form>
      <FormAlert problems={problems} placed={['email']} />
    </div>
  );
}

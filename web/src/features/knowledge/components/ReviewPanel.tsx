import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { ReviewDecision } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { Actions } from '../../../ui/Page';
import { TextArea } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { ReviewKnowledgeItemMutation } from '../graphql/reviewKnowledgeItem.mutation';
import { knowledgeMessages } from '../messages';
import styles from './Knowledge.module.css';

/** For a colleague who may review (`mayReview`): approve (publishes) or request changes with a comment (required by the API). */
export function ReviewPanel({ id }: { id: string }) {
  const m = useMessages(knowledgeMessages);
  const toast = useToast();
  const [comment, setComment] = useState('');
  const { problems, fail, clear } = useProblems(m.failed);
  const [review, reviewing] = useMutation(ReviewKnowledgeItemMutation, {
    refetchQueries: ['KnowledgeItem', 'ReviewQueue', 'KnowledgeItems'],
  });
  const [pending, setPending] = useState<ReviewDecision | null>(null);

  const decide = async (decision: ReviewDecision) => {
    clear();
    setPending(decision);
    try {
      await review({ variables: { id, decision, comment: comment.trim() || null } });
      toast(decision === 'APPROVE' ? m.approvedToast : m.changesToast);
      setComment('');
    } catch (error) {
      fail(error);
    } finally {
      setPending(null);
    }
  };

  return (
    <Panel title={m.reviewTitle} id="review">
      <div className={styles.review}>
        <p>{m.reviewLead}</p>
        <TextArea
          label={m.reviewComment}
          hint={m.reviewCommentHint}
          name="comment"
          rows={3}
          maxLength={2000}
          value={comment}
          error={problems.fields.comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <FormAlert problems={problems} placed={['comment']} />
        <Actions>
          <Button variant="primary" busy={reviewing.loading && pending === 'APPROVE'} onClick={() => void decide('APPROVE')}>
            {m.approve}
          </Button>
          <Button busy={reviewing.loading && pending === 'REQUEST_CHANGES'} onClick={() => void decide('REQUEST_CHANGES')}>
            {m.requestChanges}
          </Button>
        </Actions>
      </div>
    </Panel>
  );
}

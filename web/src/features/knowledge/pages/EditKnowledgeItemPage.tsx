import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import { useMessages } from '../../../i18n/language';
import { isNotFound, NO_PROBLEMS, type Problems, useProblems } from '../../../ui/form';
import { Page } from '../../../ui/Page';
import { ErrorNotice, Loading } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { emptySource, KnowledgeForm, type KnowledgeValues, toKnowledgeInput } from '../components/KnowledgeForm';
import { KnowledgeItemQuery } from '../graphql/knowledgeItem.query';
import { SubmitKnowledgeItemMutation } from '../graphql/submitKnowledgeItem.mutation';
import { UpdateKnowledgeItemMutation } from '../graphql/updateKnowledgeItem.mutation';
import { knowledgeMessages } from '../messages';

/** `/kennisbank/{id}/bewerken`: the editor of an existing item; its preview is the server's rendering of the saved text. */
export function EditKnowledgeItemPage() {
  const { id = '' } = useParams();
  const m = useMessages(knowledgeMessages);
  const toast = useToast();
  const navigate = useNavigate();
  const location = useLocation();
  const { mayEdit } = useViewer();
  const query = useQuery(KnowledgeItemQuery, { variables: { id } });
  const { problems, fail, clear } = useProblems(m.failed);
  // Problems handed over by the new-item page when the draft was saved but could not go to review.
  const [handedOver, setHandedOver] = useState<Problems | undefined>((location.state as { problems?: Problems } | null)?.problems);
  const [update] = useMutation(UpdateKnowledgeItemMutation, { refetchQueries: ['KnowledgeItems'] });
  const [submit] = useMutation(SubmitKnowledgeItemMutation, { refetchQueries: ['KnowledgeItem'] });
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);

  if (query.loading && !query.data) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.knowledgeItem)) return <NotFound />;
  if (!query.data?.knowledgeItem) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const item = query.data.knowledgeItem;
  if (!mayEdit(item.organisation.id)) return <NotFound />;

  const initial: KnowledgeValues = {
    organisationId: item.organisation.id,
    question: item.question,
    shortAnswer: item.shortAnswer,
    longAnswer: item.longAnswer,
    themes: item.themes.map((theme) => theme.slug),
    audiences: item.audiences,
    sources: item.sources.length
      ? item.sources.map((source) => ({
          ...emptySource(),
          title: source.title,
          url: source.url,
          publisher: source.publisher ?? '',
          year: source.year?.toString() ?? '',
        }))
      : [emptySource()],
  };

  const save = async (values: KnowledgeValues, andSubmit: boolean) => {
    clear();
    setHandedOver(undefined);
    setBusy(andSubmit ? 'submit' : 'draft');
    try {
      const { data } = await update({ variables: { id, input: toKnowledgeInput(values) } });
      if (andSubmit && data?.updateKnowledgeItem.status === 'DRAFT') await submit({ variables: { id } });
      if (andSubmit) {
        toast(m.submitted);
        navigate(`/kennisbank/${id}`);
      } else toast(m.savedDraft);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const warning = item.status === 'IN_REVIEW' ? m.reviewWarning : item.status === 'DRAFT' ? undefined : m.publishedWarning;
  return (
    <Page title={m.editTitle} lead={<p>{item.organisation.name}</p>} back={<Link to={`/kennisbank/${id}`}>{m.backTo(item.question)}</Link>}>
      <KnowledgeForm
        initial={initial}
        saved={{ longAnswer: item.longAnswer, longAnswerHtml: item.longAnswerHtml }}
        busy={busy}
        problems={problems === NO_PROBLEMS && handedOver ? handedOver : problems}
        warning={warning}
        onSave={(values, andSubmit) => void save(values, andSubmit)}
        cancel={<Link to={`/kennisbank/${id}`}>{m.cancel}</Link>}
      />
    </Page>
  );
}

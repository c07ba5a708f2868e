import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { problemsOf, useProblems } from '../../../ui/form';
import { Page } from '../../../ui/Page';
import { Notice } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { emptySource, KnowledgeForm, type KnowledgeValues, toKnowledgeInput } from '../components/KnowledgeForm';
import { CreateKnowledgeItemMutation } from '../graphql/createKnowledgeItem.mutation';
import { SubmitKnowledgeItemMutation } from '../graphql/submitKnowledgeItem.mutation';
import { useWritableOrganisations } from '../hooks/useWritableOrganisations';
import { knowledgeMessages } from '../messages';

/** `/kennisbank/nieuw` (`?organisatie=` preselects): a new item starts as a draft; saved, the editor shows its preview. */
export function NewKnowledgeItemPage() {
  const m = useMessages(knowledgeMessages);
  const toast = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const organisations = useWritableOrganisations();
  const { problems, fail, clear } = useProblems(m.failed);
  const [create] = useMutation(CreateKnowledgeItemMutation, { refetchQueries: ['KnowledgeItems'] });
  const [submit] = useMutation(SubmitKnowledgeItemMutation);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);

  const chosen = params.get('organisatie');
  const organisationId = organisations.find((organisation) => organisation.value === chosen)?.value ?? organisations[0]?.value ?? '';
  const theme = params.get('thema') as ThemeSlug | null;

  const save = async (values: KnowledgeValues, andSubmit: boolean) => {
    clear();
    setBusy(andSubmit ? 'submit' : 'draft');
    try {
      const { data } = await create({ variables: { input: toKnowledgeInput(values) } });
      const id = data?.createKnowledgeItem.id;
      if (!id) return;
      if (!andSubmit) {
        toast(m.savedDraft);
        navigate(`/kennisbank/${id}/bewerken`, { replace: true });
        return;
      }
      try {
        await submit({ variables: { id } });
        toast(m.submitted);
        navigate(`/kennisbank/${id}`);
      } catch (error) {
        // Saved, but not yet ready for review (a source missing): the editor of the draft says why.
        toast(m.savedDraft);
        navigate(`/kennisbank/${id}/bewerken`, { replace: true, state: { problems: problemsOf(error, m.failed) } });
      }
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Page
      title={m.newTitle}
      lead={<p>{organisations.length === 1 && organisations[0] ? m.newLeadFor(organisations[0].label) : m.newLead}</p>}
      back={<Link to="/kennisbank">{m.back}</Link>}
    >
      {organisations.length === 0 ? (
        <Notice tone="info">
          <p>{m.noOrganisation}</p>
        </Notice>
      ) : (
        <KnowledgeForm
          initial={{
            organisationId,
            question: '',
            shortAnswer: '',
            longAnswer: '',
            themes: theme ? [theme] : [],
            audiences: [],
            sources: [emptySource()],
          }}
          organisations={organisations}
          busy={busy}
          problems={problems}
          onSave={(values, andSubmit) => void save(values, andSubmit)}
          cancel={<Link to="/kennisbank">{m.cancel}</Link>}
        />
      )}
    </Page>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import { useMessages } from '../../../i18n/language';
import { isNotFound, useProblems } from '../../../ui/form';
import { Page } from '../../../ui/Page';
import { ErrorNotice, Loading } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { InitiativeForm, type InitiativeValues, toInitiativeInput } from '../components/InitiativeForm';
import { InitiativeQuery } from '../graphql/initiative.query';
import { UpdateInitiativeMutation } from '../graphql/updateInitiative.mutation';
import { initiativeMessages } from '../messages';

export function EditInitiativePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const m = useMessages(initiativeMessages);
  const toast = useToast();
  const navigate = useNavigate();
  const query = useQuery(InitiativeQuery, { variables: { id } });
  const { problems, fail, clear } = useProblems(m.failed);
  const [update, updating] = useMutation(UpdateInitiativeMutation, { refetchQueries: ['Initiative'] });
  const missing = (params.get('ontbreekt') ?? '').split(',').filter(Boolean);

  if (query.loading && !query.data) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.initiative)) return <NotFound />;
  if (!query.data?.initiative) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const initiative = query.data.initiative;
  const initial: InitiativeValues = {
    title: initiative.title,
    summary: initiative.summary,
    description: initiative.description,
    themes: initiative.themes.map((theme) => theme.slug),
    national: initiative.national,
    municipalityCodes: initiative.municipalities.map((municipality) => municipality.code),
    targetGroups: initiative.targetGroups.map((group) => group.slug),
    budgetRequested: initiative.budgetRequested?.toString() ?? '',
    coFundingSecured: initiative.coFundingSecured ? String(initiative.coFundingSecured) : '',
    startsOn: initiative.startsOn ?? '',
    endsOn: initiative.endsOn ?? '',
  };

  const submit = async (values: InitiativeValues) => {
    clear();
    try {
      await update({ variables: { id, input: toInitiativeInput(values, initiative.organisation.id) } });
      toast(m.saved);
      navigate(`/initiatieven/${id}`);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Page title={m.editTitle(initiative.title)} back={<Link to={`/initiatieven/${id}`}>{m.back(initiative.title)}</Link>}>
      <InitiativeForm
        initial={initial}
        submitLabel={m.save}
        busy={updating.loading}
        problems={problems}
        missing={missing}
        onSubmit={(values) => void submit(values)}
        cancel={<Link to={`/initiatieven/${id}`}>{m.cancel}</Link>}
      />
    </Page>
  );
}

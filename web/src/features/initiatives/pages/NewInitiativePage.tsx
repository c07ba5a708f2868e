import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import { useMessages } from '../../../i18n/language';
import { isNotFound, useProblems } from '../../../ui/form';
import { Page } from '../../../ui/Page';
import { ErrorNotice, Loading } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { EMPTY_INITIATIVE, InitiativeForm, type InitiativeValues, toInitiativeInput } from '../components/InitiativeForm';
import { CreateInitiativeMutation } from '../graphql/createInitiative.mutation';
import { OrganisationForInitiativeQuery } from '../graphql/organisationForInitiative.query';
import { initiativeMessages } from '../messages';

export function NewInitiativePage() {
  const { id: organisationId = '' } = useParams();
  const m = useMessages(initiativeMessages);
  const toast = useToast();
  const navigate = useNavigate();
  const organisation = useQuery(OrganisationForInitiativeQuery, { variables: { id: organisationId } });
  const { problems, fail, clear } = useProblems(m.failed);
  const [create, creating] = useMutation(CreateInitiativeMutation, { refetchQueries: ['OrganisationPage', 'Initiatives'] });

  if (organisation.loading && !organisation.data) return <Loading />;
  if (isNotFound(organisation.error) || (organisation.data && !organisation.data.organisation)) return <NotFound />;
  if (!organisation.data?.organisation) return <ErrorNotice onRetry={() => void organisation.refetch()} />;
  const name = organisation.data.organisation.name;

  const submit = async (values: InitiativeValues) => {
    clear();
    try {
      const { data } = await create({ variables: { input: toInitiativeInput(values, organisationId) } });
      toast(m.created);
      if (data) navigate(`/initiatieven/${data.createInitiative.id}`);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Page title={m.newTitle} lead={<p>{m.newLead(name)}</p>} back={<Link to={`/organisaties/${organisationId}`}>{m.back(name)}</Link>}>
      <InitiativeForm
        initial={EMPTY_INITIATIVE}
        submitLabel={m.create}
        busy={creating.loading}
        problems={problems}
        onSubmit={(values) => void submit(values)}
      />
    </Page>
  );
}

import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useMessages } from '../../../i18n/language';
import { useProblems } from '../../../ui/form';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toast';
import { EMPTY_ORGANISATION, OrganisationForm, type OrganisationValues, toOrganisationInput } from '../components/OrganisationForm';
import { CreateOrganisationMutation } from '../graphql/createOrganisation.mutation';
import { organisationMessages } from '../messages';

export function NewOrganisationPage() {
  const m = useMessages(organisationMessages);
  const toast = useToast();
  const navigate = useNavigate();
  const { problems, fail, clear } = useProblems(m.failed);
  // The viewer's memberships change: the header and "my organisations" follow.
  const [create, creating] = useMutation(CreateOrganisationMutation, { refetchQueries: ['Viewer'], awaitRefetchQueries: true });

  const submit = async (values: OrganisationValues) => {
    clear();
    try {
      const { data } = await create({ variables: { input: toOrganisationInput(values) } });
      if (!data) return;
      toast(m.created(data.createOrganisation.name));
      navigate(`/organisaties/${data.createOrganisation.id}`);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Page title={m.newTitle} lead={<p>{m.newLead}</p>} back={<Link to="/mijn-organisaties">{m.back(m.myTitle)}</Link>}>
      <OrganisationForm
        initial={EMPTY_ORGANISATION}
        kindEditable
        submitLabel={m.create}
        busy={creating.loading}
        problems={problems}
        onSubmit={(values) => void submit(values)}
      />
    </Page>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import { useMessages } from '../../../i18n/language';
import { isNotFound, useProblems } from '../../../ui/form';
import { Page } from '../../../ui/Page';
import { ErrorNotice, Loading } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { ManageNav } from '../components/ManageNav';
import { OrganisationForm, type OrganisationValues, toOrganisationInput } from '../components/OrganisationForm';
import { OrganisationProfileQuery } from '../graphql/organisationProfile.query';
import { UpdateOrganisationMutation } from '../graphql/updateOrganisation.mutation';
import { organisationMessages } from '../messages';

export function EditOrganisationPage() {
  const { id = '' } = useParams();
  const m = useMessages(organisationMessages);
  const toast = useToast();
  const { viewer } = useViewer();
  const query = useQuery(OrganisationProfileQuery, { variables: { id } });
  const { problems, fail, clear } = useProblems(m.failed);
  const [update, updating] = useMutation(UpdateOrganisationMutation, { refetchQueries: ['OrganisationPage', 'Viewer'] });

  if (query.loading && !query.data) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.organisation)) return <NotFound />;
  if (!query.data?.organisation) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const organisation = query.data.organisation;
  const initial: OrganisationValues = {
    name: organisation.name,
    kind: organisation.kind,
    description: organisation.description,
    website: organisation.website ?? '',
    contactEmail: organisation.contactEmail ?? '',
    contactPhone: organisation.contactPhone ?? '',
    municipalityCode: organisation.municipality?.code ?? '',
    themes: organisation.themes.map((theme) => theme.slug),
    national: organisation.national,
    migrantLed: organisation.migrantLed,
    kvkNumber: organisation.kvkNumber ?? '',
  };

  const submit = async (values: OrganisationValues) => {
    clear();
    try {
      await update({ variables: { id, input: toOrganisationInput(values) } });
      toast(m.saved);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Page title={m.editTitle(organisation.name)} back={<Link to={`/organisaties/${id}`}>{m.back(organisation.name)}</Link>}>
      <ManageNav organisationId={id} kind={organisation.kind} />
      <OrganisationForm
        key={organisation.id}
        initial={initial}
        kindEditable={viewer?.isAdmin ?? false}
        submitLabel={m.save}
        busy={updating.loading}
        problems={problems}
        onSubmit={(values) => void submit(values)}
      />
    </Page>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { intOrNull, useProblems } from '../../../ui/form';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Actions, FormStack, Page } from '../../../ui/Page';
import { ErrorNotice, Loading } from '../../../ui/States';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { AdminNav } from '../components/AdminNav';
import { AdminMunicipalitiesQuery } from '../graphql/adminMunicipalities.query';
import { UpdateMunicipalityMutation } from '../graphql/updateMunicipality.mutation';
import { adminMessages } from '../messages';

export function MunicipalitiesAdminPage() {
  const m = useMessages(adminMessages);
  const query = useQuery(AdminMunicipalitiesQuery);
  const [code, setCode] = useState<string[]>([]);
  const municipalities = query.data?.municipalities ?? [];
  const chosen = municipalities.find((municipality) => municipality.code === code[0]);

  return (
    <Page title={m.municipalitiesTitle} lead={<p>{m.municipalitiesLead}</p>}>
      <AdminNav />
      {query.loading && !query.data && <Loading />}
      {query.error && <ErrorNotice onRetry={() => void query.refetch()} />}
      {query.data && (
        <MultiSelect
          label={m.chooseMunicipality}
          single
          options={municipalities.map((municipality) => ({
            value: municipality.code,
            label: municipality.name,
            detail: municipality.province.officialName,
          }))}
          value={code}
          onChange={setCode}
        />
      )}
      {chosen && <MunicipalityForm key={chosen.code} municipality={chosen} />}
    </Page>
  );
}

function MunicipalityForm({
  municipality,
}: {
  municipality: { code: string; name: string; population: number; province: { officialName: string } };
}) {
  const m = useMessages(adminMessages);
  const toast = useToast();
  const [name, setName] = useState(municipality.name);
  const [population, setPopulation] = useState(String(municipality.population));
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [update, updating] = useMutation(UpdateMunicipalityMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      const { data } = await update({
        variables: { code: municipality.code, input: { name: name.trim(), population: intOrNull(population) } },
      });
      toast(m.saved(data?.updateMunicipality.name ?? name));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Panel title={`${municipality.name} (${municipality.code}, ${municipality.province.officialName})`}>
      <form onSubmit={submit} noValidate>
        <FormStack>
          <TextField label={m.name} name="name" value={name} error={field('name')} onChange={(e) => setName(e.target.value)} />
          <TextField
            label={m.population}
            type="number"
            min={0}
            name="population"
            value={population}
            error={field('population')}
            onChange={(e) => setPopulation(e.target.value)}
          />
          <FormAlert problems={problems} placed={['name', 'population']} />
          <Actions>
            <Button type="submit" variant="primary" busy={updating.loading}>
              {m.save}
            </Button>
          </Actions>
        </FormStack>
      </form>
    </Panel>
  );
}

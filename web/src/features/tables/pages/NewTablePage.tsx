import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TableKind, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { FormAlert } from '../../../ui/FormAlert';
import { intOrNull, orNull, useProblems } from '../../../ui/form';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Actions, FormStack, Page } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { Loading, Notice } from '../../../ui/States';
import { TextArea, TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { useReference } from '../../reference/hooks/useReference';
import { WizardSteps } from '../components/WizardSteps';
import { CreateTableMutation } from '../graphql/createTable.mutation';
import { OrganisationPlaceQuery } from '../graphql/organisationPlace.query';
import { tableMessages } from '../messages';
import { endOfDayAmsterdam } from '../time';
import { TABLE_KINDS } from './TablesPage';

/** `/tafels/nieuw`: step 1 of the planning wizard — kind, theme, place and the practical facts; then the composition. */
export function NewTablePage() {
  const m = useMessages(tableMessages);
  const navigate = useNavigate();
  const toast = useToast();
  const { viewer } = useViewer();
  const { reference } = useReference();
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [create, creating] = useMutation(CreateTableMutation);
  const organisers = (viewer?.memberships ?? [])
    .filter((membership) => membership.role !== 'VIEWER')
    .map((membership) => membership.organisation);
  const [organiserId, setOrganiserId] = useState('');
  const organiser = organisers.find((o) => o.id === organiserId) ?? organisers[0];
  const [kindChoice, setKind] = useState<TableKind | ''>('');
  const kind: TableKind = kindChoice || (organiser?.kind === 'MUNICIPALITY' ? 'LOCAL_TABLE' : 'WORKING_GROUP');
  const [theme, setTheme] = useState<ThemeSlug | ''>('');
  const [municipalityChoice, setMunicipality] = useState<string[] | null>(null);
  const place = useQuery(OrganisationPlaceQuery, { variables: { id: organiser?.id ?? '' }, skip: !organiser });
  const home = place.data?.organisation?.municipality?.code;
  const municipality = municipalityChoice ?? (home ? [home] : []);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [capacity, setCapacity] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [online, setOnline] = useState(false);
  const [location, setLocation] = useState('');
  const [deadline, setDeadline] = useState('');

  if (!reference) return <Loading />;
  const themeValue = theme || reference.themes[0]?.value || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      const result = await create({
        variables: {
          input: {
            organiserId: organiser?.id ?? '',
            kind,
            theme: themeValue as ThemeSlug,
            municipalityCode: municipality[0] ?? null,
            title: title.trim(),
            description: orNull(description),
            capacity: intOrNull(capacity),
            startsOn: orNull(startsOn),
            endsOn: orNull(endsOn),
            online,
            location: online ? null : orNull(location),
            applicationDeadline: kind === 'WORKING_GROUP' && deadline ? endOfDayAmsterdam(deadline) : null,
          },
        },
      });
      toast(m.created);
      const created = result.data?.createTable;
      if (created) void navigate(created.kind === 'LOCAL_TABLE' ? `/tafels/${created.id}/plannen` : `/tafels/${created.id}`);
    } catch (error) {
      fail(error);
    }
  };
  const placed = [
    'organiserId',
    'kind',
    'theme',
    'municipalityCode',
    'title',
    'description',
    'capacity',
    'startsOn',
    'endsOn',
    'online',
    'location',
    'applicationDeadline',
  ];

  return (
    <Page title={m.newTitle} lead={<p>{m.newLead}</p>} back={<Link to="/tafels">{m.back}</Link>}>
      <WizardSteps current={1} />
      {organisers.length === 0 ? (
        <Notice tone="info">
          <p>{m.noOrganiser}</p>
        </Notice>
      ) : (
        <form onSubmit={submit} noValidate aria-label={m.newTitle}>
          <FormStack>
            {organisers.length > 1 && (
              <SelectField
                label={m.organiserLabel}
                name="organiserId"
                options={organisers.map((o) => ({ value: o.id, label: o.name }))}
                value={organiser?.id ?? ''}
                error={field('organiserId')}
                onChange={(e) => {
                  setOrganiserId(e.target.value);
                  setMunicipality(null);
                }}
              />
            )}
            <SelectField
              label={m.kinds}
              name="kind"
              options={TABLE_KINDS.map((value) => ({ value, label: m.kind[value] }))}
              value={kind}
              error={field('kind')}
              onChange={(e) => setKind(e.target.value as TableKind)}
            />
            <SelectField
              label={m.theme}
              name="theme"
              options={reference.themes}
              value={themeValue}
              error={field('theme')}
              onChange={(e) => setTheme(e.target.value as ThemeSlug)}
            />
            <MultiSelect
              label={m.municipality}
              single
              options={reference.municipalities}
              value={municipality}
              error={field('municipalityCode')}
              onChange={setMunicipality}
            />
            <TextField label={m.title} name="title" value={title} error={field('title')} onChange={(e) => setTitle(e.target.value)} />
            <TextArea
              label={m.description}
              optionalLabel={m.optional}
              name="description"
              rows={4}
              value={description}
              error={field('description')}
              onChange={(e) => setDescription(e.target.value)}
            />
            <TextField
              label={m.capacity}
              hint={m.capacityHint}
              optionalLabel={m.optional}
              type="number"
              inputMode="numeric"
              min={1}
              name="capacity"
              value={capacity}
              error={field('capacity')}
              onChange={(e) => setCapacity(e.target.value)}
            />
            <TextField
              label={m.startsOn}
              optionalLabel={m.optional}
              type="date"
              name="startsOn"
              value={startsOn}
              error={field('startsOn')}
              onChange={(e) => setStartsOn(e.target.value)}
            />
            <TextField
              label={m.endsOn}
              optionalLabel={m.optional}
              type="date"
              name="endsOn"
              value={endsOn}
              error={field('endsOn')}
              onChange={(e) => setEndsOn(e.target.value)}
            />
            <Checkbox name="online" label={m.meetsOnline} checked={online} onChange={setOnline} />
            {!online && (
              <TextField
                label={m.location}
                optionalLabel={m.optional}
                name="location"
                value={location}
                error={field('location')}
                onChange={(e) => setLocation(e.target.value)}
              />
            )}
            {kind === 'WORKING_GROUP' && (
              <TextField
                label={m.applicationDeadline}
                hint={m.applicationDeadlineHint}
                type="date"
                name="applicationDeadline"
                value={deadline}
                error={field('applicationDeadline')}
                onChange={(e) => setDeadline(e.target.value)}
              />
            )}
            <FormAlert problems={problems} placed={placed} />
            <Actions>
              <Button type="submit" variant="primary" busy={creating.loading}>
                {m.create}
              </Button>
            </Actions>
          </FormStack>
        </form>
      )}
    </Page>
  );
}

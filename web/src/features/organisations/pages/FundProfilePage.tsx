import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import type { FundProfileQuery as FundProfileData, MatchWeightsInput, ThemeSlug } from '../../../gql/graphql';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormAlert } from '../../../ui/FormAlert';
import { isNotFound, orNull, useProblems } from '../../../ui/form';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Actions, FormStack, Page } from '../../../ui/Page';
import { ErrorNotice, Loading, Notice } from '../../../ui/States';
import { TextArea, TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import formStyles from '../../initiatives/components/InitiativeForm.module.css';
import { useReference } from '../../reference/hooks/useReference';
import { ManageNav } from '../components/ManageNav';
import { FundProfileQuery } from '../graphql/fundProfile.query';
import { SetFundProfileMutation } from '../graphql/setFundProfile.mutation';
import { organisationMessages } from '../messages';
import styles from './FundProfilePage.module.css';

const WEIGHTS = ['theme', 'geography', 'budget', 'targetGroup', 'timing', 'text', 'completeness'] as const;
type Weight = (typeof WEIGHTS)[number];

export function FundProfilePage() {
  const { id = '' } = useParams();
  const m = useMessages(organisationMessages);
  const query = useQuery(FundProfileQuery, { variables: { id } });
  const { reference } = useReference();

  if ((query.loading && !query.data) || !reference) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.organisation)) return <NotFound />;
  if (!query.data?.organisation) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const organisation = query.data.organisation;

  return (
    <Page
      title={m.fundTitle(organisation.name)}
      lead={<p>{m.fundLead}</p>}
      back={<Link to={`/organisaties/${id}`}>{m.back(organisation.name)}</Link>}
    >
      <ManageNav organisationId={id} kind={organisation.kind} />
      {organisation.kind !== 'FUND' ? (
        <Notice tone="info">
          <p>{m.notAFund}</p>
        </Notice>
      ) : (
        <FundProfileForm organisationId={id} profile={organisation.fundProfile ?? null} />
      )}
    </Page>
  );
}

type Profile = NonNullable<NonNullable<FundProfileData['organisation']>['fundProfile']>;

function FundProfileForm({ organisationId, profile }: { organisationId: string; profile: Profile | null }) {
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const { reference } = useReference();
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [save, saving] = useMutation(SetFundProfileMutation, { refetchQueries: ['FundProfile', 'OrganisationPage'] });
  const regions = profile?.regions ?? [];
  const [themes, setThemes] = useState<ThemeSlug[]>(profile?.themes.map((theme) => theme.slug) ?? []);
  const [national, setNational] = useState(profile?.national ?? false);
  const [provinceCodes, setProvinceCodes] = useState<string[]>(
    regions.flatMap((region) => ('officialName' in region ? [region.code] : [])),
  );
  const [municipalityCodes, setMunicipalityCodes] = useState<string[]>(
    regions.flatMap((region) => ('officialName' in region ? [] : [region.code])),
  );
  const [minGrant, setMinGrant] = useState(String(profile?.minGrant ?? ''));
  const [maxGrant, setMaxGrant] = useState(String(profile?.maxGrant ?? ''));
  const [budgetAvailable, setBudgetAvailable] = useState(String(profile?.budgetAvailable ?? ''));
  const [description, setDescription] = useState(profile?.description ?? '');
  const [weights, setWeights] = useState<Record<Weight, string>>(
    () => Object.fromEntries(WEIGHTS.map((weight) => [weight, String(profile?.matchWeights[weight] ?? '')])) as Record<Weight, string>,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    const matchWeights: MatchWeightsInput = Object.fromEntries(
      WEIGHTS.filter((weight) => weights[weight].trim() !== '').map((weight) => [weight, Number(weights[weight])]),
    );
    try {
      await save({
        variables: {
          organisationId,
          input: {
            themes,
            national,
            provinceCodes,
            municipalityCodes,
            minGrant: Number(minGrant || 0),
            maxGrant: Number(maxGrant || 0),
            budgetAvailable: Number(budgetAvailable || 0),
            description: orNull(description),
            matchWeights,
          },
        },
      });
      toast(m.fundSaved);
    } catch (error) {
      fail(error);
    }
  };

  if (!reference) return <Loading />;
  const placed = [
    'themes',
    'national',
    'provinceCodes',
    'municipalityCodes',
    'minGrant',
    'maxGrant',
    'budgetAvailable',
    'description',
    ...WEIGHTS.map((w) => `matchWeights.${w}`),
    'matchWeights',
  ];
  return (
    <form onSubmit={submit} noValidate className={formStyles.form}>
      <FormStack>
        {profile && <p className={styles.saved}>{m.lastSaved(l.dateTime(profile.updatedAt))}</p>}
        <CheckboxGroup<ThemeSlug>
          legend={m.fundThemes}
          name="themes"
          options={reference.themes}
          value={themes}
          error={field('themes')}
          onChange={setThemes}
        />
        <fieldset className={formStyles.group}>
          <legend>{m.regions}</legend>
          <Checkbox name="national" label={m.fundNational} checked={national} onChange={setNational} />
          {!national && (
            <>
              <p className={styles.hint}>{m.fundRegionsHint}</p>
              <MultiSelect
                label={m.fundProvinces}
                options={reference.provinces}
                value={provinceCodes}
                error={field('provinceCodes') ?? field('national')}
                onChange={setProvinceCodes}
              />
              <MultiSelect
                label={m.fundMunicipalities}
                options={reference.municipalities}
                value={municipalityCodes}
                error={field('municipalityCodes')}
                onChange={setMunicipalityCodes}
              />
            </>
          )}
        </fieldset>
        <div className={formStyles.pair}>
          <TextField
            label={m.minGrant}
            type="number"
            min={0}
            inputMode="numeric"
            name="minGrant"
            value={minGrant}
            error={field('minGrant')}
            onChange={(e) => setMinGrant(e.target.value)}
          />
          <TextField
            label={m.maxGrant}
            type="number"
            min={0}
            inputMode="numeric"
            name="maxGrant"
            value={maxGrant}
            error={field('maxGrant')}
            onChange={(e) => setMaxGrant(e.target.value)}
          />
        </div>
        <TextField
          label={m.budgetAvailable}
          type="number"
          min={0}
          inputMode="numeric"
          name="budgetAvailable"
          value={budgetAvailable}
          error={field('budgetAvailable')}
          onChange={(e) => setBudgetAvailable(e.target.value)}
        />
        <TextArea
          label={m.fundDescription}
          name="description"
          rows={4}
          value={description}
          error={field('description')}
          onChange={(e) => setDescription(e.target.value)}
        />
        <fieldset className={formStyles.group}>
          <legend>{m.weightsTitle}</legend>
          <p className={styles.hint}>{m.weightsHint}</p>
          {field('matchWeights') && <p className={styles.error}>{field('matchWeights')}</p>}
          <div className={styles.weights}>
            {WEIGHTS.map((weight) => (
              <TextField
                key={weight}
                label={m.weights[weight] ?? weight}
                type="number"
                min={0}
                step="any"
                inputMode="decimal"
                name={`weight-${weight}`}
                value={weights[weight]}
                error={field(`matchWeights.${weight}`)}
                onChange={(e) => setWeights((current) => ({ ...current, [weight]: e.target.value }))}
              />
            ))}
          </div>
        </fieldset>
        <FormAlert problems={problems} placed={placed} />
        <Actions>
          <Button type="submit" variant="primary" busy={saving.loading}>
            {m.fundSave}
          </Button>
        </Actions>
      </FormStack>
    </form>
  );
}

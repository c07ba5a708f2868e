import { type FormEvent, type ReactNode, useState } from 'react';
import type { OrganisationInput, OrganisationKind, ThemeSlug } from '../../../gql/graphql';
import { labels, ORGANISATION_KINDS } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormAlert } from '../../../ui/FormAlert';
import { orNull, type Problems } from '../../../ui/form';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Actions, FormStack } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { Loading } from '../../../ui/States';
import { TextArea, TextField } from '../../../ui/TextField';
import styles from '../../initiatives/components/InitiativeForm.module.css';
import { useReference } from '../../reference/hooks/useReference';
import { organisationMessages } from '../messages';

export interface OrganisationValues {
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
  municipalityCode: string;
  themes: ThemeSlug[];
  national: boolean;
  migrantLed: boolean;
  kvkNumber: string;
}

export const EMPTY_ORGANISATION: OrganisationValues = {
  name: '',
  kind: 'NGO',
  description: '',
  website: '',
  contactEmail: '',
  contactPhone: '',
  municipalityCode: '',
  themes: [],
  national: false,
  migrantLed: false,
  kvkNumber: '',
};

export function toOrganisationInput(values: OrganisationValues): OrganisationInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    description: orNull(values.description),
    website: orNull(values.website),
    contactEmail: orNull(values.contactEmail),
    contactPhone: orNull(values.contactPhone),
    municipalityCode: orNull(values.municipalityCode),
    themes: values.themes,
    national: values.national,
    migrantLed: values.migrantLed,
    kvkNumber: orNull(values.kvkNumber),
  };
}

const FIELDS = Object.keys(EMPTY_ORGANISATION);

interface OrganisationFormProps {
  initial: OrganisationValues;
  /** The kind is chosen once, at registration. */
  kindEditable: boolean;
  submitLabel: string;
  busy: boolean;
  problems: Problems;
  onSubmit(values: OrganisationValues): void;
  cancel?: ReactNode;
}

export function OrganisationForm({ initial, kindEditable, submitLabel, busy, problems, onSubmit, cancel }: OrganisationFormProps) {
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  const { reference } = useReference();
  const [values, setValues] = useState(initial);
  const set =
    <K extends keyof OrganisationValues>(key: K) =>
    (value: OrganisationValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const error = (field: string) => problems.fields[field];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  if (!reference) return <Loading />;
  return (
    <form onSubmit={submit} noValidate className={styles.form}>
      <FormStack>
        <TextField
          label={m.name}
          name="name"
          required
          autoComplete="organization"
          value={values.name}
          error={error('name')}
          onChange={(e) => set('name')(e.target.value)}
        />
        {kindEditable ? (
          <SelectField
            label={m.kind}
            hint={m.kindFixed}
            name="kind"
            value={values.kind}
            error={error('kind')}
            options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: l.organisationKind[kind] }))}
            onChange={(e) => set('kind')(e.target.value as OrganisationKind)}
          />
        ) : null}
        <TextArea
          label={m.description}
          hint={m.descriptionHint}
          name="description"
          rows={5}
          value={values.description}
          error={error('description')}
          onChange={(e) => set('description')(e.target.value)}
        />
        <CheckboxGroup<ThemeSlug>
          legend={m.themes}
          name="themes"
          options={reference.themes}
          value={values.themes}
          error={error('themes')}
          onChange={set('themes')}
        />
        <MultiSelect
          label={m.municipality}
          single
          options={reference.municipalities}
          value={values.municipalityCode ? [values.municipalityCode] : []}
          error={error('municipalityCode')}
          onChange={(codes) => set('municipalityCode')(codes[0] ?? '')}
        />
        <div>
          <Checkbox name="national" label={m.nationalLabel} checked={values.national} onChange={set('national')} />
          <Checkbox name="migrantLed" label={m.migrantLedLabel} checked={values.migrantLed} onChange={set('migrantLed')} />
        </div>
        <TextField
          label={m.website}
          hint={m.websiteHint}
          optionalLabel={m.optional}
          type="url"
          name="website"
          placeholder="https://"
          value={values.website}
          error={error('website')}
          onChange={(e) => set('website')(e.target.value)}
        />
        <div className={styles.pair}>
          <TextField
            label={m.email}
            hint={m.contactHint}
            optionalLabel={m.optional}
            type="email"
            name="contactEmail"
            value={values.contactEmail}
            error={error('contactEmail')}
            onChange={(e) => set('contactEmail')(e.target.value)}
          />
          <TextField
            label={m.phone}
            hint={m.contactHint}
            optionalLabel={m.optional}
            type="tel"
            name="contactPhone"
            value={values.contactPhone}
            error={error('contactPhone')}
            onChange={(e) => set('contactPhone')(e.target.value)}
          />
        </div>
        <TextField
          label={m.kvk}
          optionalLabel={m.optional}
          name="kvkNumber"
          inputMode="numeric"
          value={values.kvkNumber}
          error={error('kvkNumber')}
          onChange={(e) => set('kvkNumber')(e.target.value)}
        />
        <FormAlert problems={problems} placed={FIELDS} labels={m.fieldLabels} />
        <Actions>
          <Button type="submit" variant="primary" busy={busy}>
            {submitLabel}
          </Button>
          {cancel}
        </Actions>
      </FormStack>
    </form>
  );
}

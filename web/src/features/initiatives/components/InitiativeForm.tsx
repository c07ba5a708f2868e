import { type FormEvent, useState } from 'react';
import type { InitiativeInput, TargetGroup, ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormAlert } from '../../../ui/FormAlert';
import { intOrNull, orNull, type Problems } from '../../../ui/form';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Actions, FormStack } from '../../../ui/Page';
import { Loading } from '../../../ui/States';
import { TextArea, TextField } from '../../../ui/TextField';
import { useReference } from '../../reference/hooks/useReference';
import { initiativeMessages } from '../messages';
import styles from './InitiativeForm.module.css';

export interface InitiativeValues {
  title: string;
  summary: string;
  description: string;
  themes: ThemeSlug[];
  national: boolean;
  municipalityCodes: string[];
  targetGroups: TargetGroup[];
  budgetRequested: string;
  coFundingSecured: string;
  startsOn: string;
  endsOn: string;
}

export const EMPTY_INITIATIVE: InitiativeValues = {
  title: '',
  summary: '',
  description: '',
  themes: [],
  national: false,
  municipalityCodes: [],
  targetGroups: [],
  budgetRequested: '',
  coFundingSecured: '',
  startsOn: '',
  endsOn: '',
};

export function toInitiativeInput(values: InitiativeValues, organisationId: string): InitiativeInput {
  return {
    organisationId,
    title: values.title.trim(),
    summary: orNull(values.summary),
    description: orNull(values.description),
    themes: values.themes,
    national: values.national,
    municipalityCodes: values.municipalityCodes,
    targetGroups: values.targetGroups,
    budgetRequested: intOrNull(values.budgetRequested),
    coFundingSecured: intOrNull(values.coFundingSecured),
    startsOn: orNull(values.startsOn),
    endsOn: orNull(values.endsOn),
  };
}

const FIELDS = Object.keys(EMPTY_INITIATIVE);

interface InitiativeFormProps {
  initial: InitiativeValues;
  submitLabel: string;
  busy: boolean;
  problems: Problems;
  /** Fields that publishing found missing: marked until filled in. */
  missing?: readonly string[];
  onSubmit(values: InitiativeValues): void;
  cancel?: React.ReactNode;
}

/** Create and edit an initiative. What the user typed stays when the API refuses it; each problem shows at its field. */
export function InitiativeForm({ initial, submitLabel, busy, problems, missing = [], onSubmit, cancel }: InitiativeFormProps) {
  const m = useMessages(initiativeMessages);
  const { reference } = useReference();
  const [values, setValues] = useState(initial);
  const set =
    <K extends keyof InitiativeValues>(key: K) =>
    (value: InitiativeValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const error = (field: string) =>
    problems.fields[field] ?? (missing.includes(field) && isEmpty(values, field) ? m.missingHere : undefined);
  const publishNote = `${m.requiredToPublish}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };

  if (!reference) return <Loading />;
  return (
    <form onSubmit={submit} noValidate className={styles.form}>
      <FormStack>
        <TextField
          label={m.title}
          hint={m.titleHint}
          name="title"
          required
          value={values.title}
          error={error('title')}
          onChange={(e) => set('title')(e.target.value)}
        />
        <TextArea
          label={m.summary}
          hint={m.summaryHint}
          name="summary"
          rows={3}
          maxLength={500}
          value={values.summary}
          error={error('summary')}
          onChange={(e) => set('summary')(e.target.value)}
        />
        <TextArea
          label={m.description}
          optionalLabel={m.optional}
          name="description"
          rows={6}
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
        <fieldset className={styles.group}>
          <legend>{m.where}</legend>
          <Checkbox name="national" label={m.national} checked={values.national} onChange={set('national')} />
          <MultiSelect
            label={m.municipalities}
            hint={publishNote}
            options={reference.municipalities}
            value={values.municipalityCodes}
            error={error('municipalityCodes') ?? error('national')}
            onChange={set('municipalityCodes')}
          />
        </fieldset>
        <CheckboxGroup<TargetGroup>
          legend={m.targetGroups}
          hint={publishNote}
          name="targetGroups"
          options={reference.targetGroups}
          value={values.targetGroups}
          error={error('targetGroups')}
          onChange={set('targetGroups')}
        />
        <div className={styles.pair}>
          <TextField
            label={m.startsOn}
            hint={publishNote}
            type="date"
            name="startsOn"
            value={values.startsOn}
            error={error('startsOn')}
            onChange={(e) => set('startsOn')(e.target.value)}
          />
          <TextField
            label={m.endsOn}
            hint={publishNote}
            type="date"
            name="endsOn"
            value={values.endsOn}
            error={error('endsOn')}
            onChange={(e) => set('endsOn')(e.target.value)}
          />
        </div>
        <div className={styles.pair}>
          <TextField
            label={m.budgetRequested}
            hint={publishNote}
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            name="budgetRequested"
            value={values.budgetRequested}
            error={error('budgetRequested')}
            onChange={(e) => set('budgetRequested')(e.target.value)}
          />
          <TextField
            label={m.coFundingSecured}
            optionalLabel={m.optional}
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            name="coFundingSecured"
            value={values.coFundingSecured}
            error={error('coFundingSecured')}
            onChange={(e) => set('coFundingSecured')(e.target.value)}
          />
        </div>
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

function isEmpty(values: InitiativeValues, field: string): boolean {
  if (field === 'municipalityCodes' || field === 'national') return !values.national && values.municipalityCodes.length === 0;
  const value = values[field as keyof InitiativeValues];
  return Array.isArray(value) ? value.length === 0 : value === '' || value === false;
}

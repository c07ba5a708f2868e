import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ThemeSlug } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormAlert } from '../../../ui/FormAlert';
import { orNull, useProblems } from '../../../ui/form';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Actions, FormStack, Page } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { Loading, Notice } from '../../../ui/States';
import { TextArea, TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import formStyles from '../../initiatives/components/InitiativeForm.module.css';
import { useReference } from '../../reference/hooks/useReference';
import { CreateCallMutation } from '../graphql/createCall.mutation';
import { callMessages } from '../messages';
import { dayFromToday, endOfDayAmsterdam } from '../time';
import styles from './CallPage.module.css';

interface FunderDraft {
  key: number;
  fundId: string;
  amount: string;
}

interface CriterionDraft {
  key: number;
  title: string;
  description: string;
  maxPoints: string;
}

/** `/oproepen/nieuw`: the call editor. A call starts as a draft of one of the viewer's funds. */
export function NewCallPage() {
  const m = useMessages(callMessages);
  const navigate = useNavigate();
  const toast = useToast();
  const { viewer } = useViewer();
  const { reference } = useReference();
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [create, creating] = useMutation(CreateCallMutation);
  const funds = (viewer?.memberships ?? [])
    .filter((membership) => membership.organisation.kind === 'FUND' && membership.role !== 'VIEWER')
    .map((membership) => ({ value: membership.organisation.id, label: membership.organisation.name }));
  const [funders, setFunders] = useState<FunderDraft[]>([{ key: 0, fundId: '', amount: '' }]);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [themes, setThemes] = useState<ThemeSlug[]>([]);
  const [national, setNational] = useState(true);
  const [provinceCodes, setProvinceCodes] = useState<string[]>([]);
  const [minGrant, setMinGrant] = useState('');
  const [maxGrant, setMaxGrant] = useState('');
  const [places, setPlaces] = useState('');
  const [opensOn, setOpensOn] = useState(dayFromToday(0));
  const [deadline, setDeadline] = useState(dayFromToday(42));
  const [questions, setQuestions] = useState('');
  const [rubric, setRubric] = useState<CriterionDraft[]>([{ key: 0, title: '', description: '', maxPoints: '10' }]);

  if (!reference) return <Loading />;
  // A row without a chosen fund takes the first of the viewer's funds that no other row has.
  const chosen = funders.map((funder, index) => {
    if (funder.fundId) return funder.fundId;
    const taken = new Set(funders.filter((_, i) => i < index).map((f) => f.fundId));
    return funds.find((option) => !taken.has(option.value))?.value ?? '';
  });
  const updateFunder = (key: number, patch: Partial<FunderDraft>) =>
    setFunders((current) => current.map((f) => (f.key === key ? { ...f, ...patch } : f)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    try {
      const result = await create({
        variables: {
          input: {
            title: title.trim(),
            description: orNull(description),
            funders: funders.map((funder, index) => ({ fundId: chosen[index] ?? '', amount: Number(funder.amount || 0) })),
            themes,
            national,
            provinceCodes: national ? [] : provinceCodes,
            minGrant: Number(minGrant || 0),
            maxGrant: Number(maxGrant || 0),
            places: Number(places || 0),
            opensOn,
            deadline: deadline ? endOfDayAmsterdam(deadline) : '',
            questions: questions
              .split('\n')
              .map((question) => question.trim())
              .filter(Boolean),
            rubric: rubric.map((criterion) => ({
              title: criterion.title.trim(),
              description: orNull(criterion.description),
              maxPoints: Number(criterion.maxPoints || 0),
            })),
          },
        },
      });
      toast(m.created);
      if (result.data) void navigate(`/oproepen/${result.data.createCall.id}`);
    } catch (error) {
      fail(error);
    }
  };
  const placed = [
    'title',
    'description',
    'funders',
    ...funders.flatMap((_, i) => [`funders.${i}.amount`, `funders.${i}.fundId`]),
    'themes',
    'national',
    'provinceCodes',
    'minGrant',
    'maxGrant',
    'places',
    'opensOn',
    'deadline',
    'questions',
    'rubric',
    ...rubric.flatMap((_, i) => [`rubric.${i}.title`, `rubric.${i}.maxPoints`, `rubric.${i}.description`]),
  ];

  return (
    <Page title={m.newTitle} lead={<p>{m.newLead}</p>} back={<Link to="/oproepen">{m.back}</Link>}>
      {funds.length === 0 ? (
        <Notice tone="info">
          <p>{m.noFund}</p>
        </Notice>
      ) : (
        <form onSubmit={submit} noValidate className={formStyles.form}>
          <FormStack>
            <TextField label={m.title} name="title" value={title} error={field('title')} onChange={(e) => setTitle(e.target.value)} />
            <TextArea
              label={m.description}
              name="description"
              rows={5}
              value={description}
              error={field('description')}
              onChange={(e) => setDescription(e.target.value)}
            />
            <fieldset className={formStyles.group}>
              <legend>{m.funders}</legend>
              {field('funders') && <p role="alert">{field('funders')}</p>}
              {funders.map((funder, index) => (
                <div key={funder.key} className={styles.inline}>
                  <SelectField
                    label={funders.length > 1 ? `${m.fund} ${index + 1}` : m.fund}
                    name={`funders.${index}.fundId`}
                    options={funds}
                    value={chosen[index] ?? ''}
                    error={field(`funders.${index}.fundId`)}
                    onChange={(e) => updateFunder(funder.key, { fundId: e.target.value })}
                  />
                  <TextField
                    label={funders.length > 1 ? `${m.fundShare} ${index + 1}` : m.fundShare}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    name={`funders.${index}.amount`}
                    value={funder.amount}
                    error={field(`funders.${index}.amount`)}
                    onChange={(e) => updateFunder(funder.key, { amount: e.target.value })}
                  />
                  {funders.length > 1 && (
                    <Button variant="quiet" onClick={() => setFunders((current) => current.filter((f) => f.key !== funder.key))}>
                      {m.removeFunder}
                    </Button>
                  )}
                </div>
              ))}
              {funders.length < funds.length && (
                <div>
                  <Button
                    onClick={() =>
                      setFunders((current) => [...current, { key: Math.max(...current.map((f) => f.key)) + 1, fundId: '', amount: '' }])
                    }
                  >
                    {m.addFunder}
                  </Button>
                </div>
              )}
            </fieldset>
            <CheckboxGroup<ThemeSlug>
              legend={m.themes}
              name="themes"
              options={reference.themes}
              value={themes}
              error={field('themes')}
              onChange={setThemes}
            />
            <fieldset className={formStyles.group}>
              <legend>{m.where}</legend>
              <Checkbox name="national" label={m.national} checked={national} onChange={setNational} />
              {!national && (
                <MultiSelect
                  label={m.provinces}
                  options={reference.provinces}
                  value={provinceCodes}
                  error={field('provinceCodes') ?? field('national')}
                  onChange={setProvinceCodes}
                />
              )}
            </fieldset>
            <div className={formStyles.pair}>
              <TextField
                label={m.minGrant}
                type="number"
                inputMode="numeric"
                min={0}
                name="minGrant"
                value={minGrant}
                error={field('minGrant')}
                onChange={(e) => setMinGrant(e.target.value)}
              />
              <TextField
                label={m.maxGrant}
                type="number"
                inputMode="numeric"
                min={0}
                name="maxGrant"
                value={maxGrant}
                error={field('maxGrant')}
                onChange={(e) => setMaxGrant(e.target.value)}
              />
            </div>
            <TextField
              label={m.places}
              type="number"
              inputMode="numeric"
              min={1}
              name="places"
              value={places}
              error={field('places')}
              onChange={(e) => setPlaces(e.target.value)}
            />
            <div className={formStyles.pair}>
              <TextField
                label={m.opensOnLabel}
                type="date"
                name="opensOn"
                value={opensOn}
                error={field('opensOn')}
                onChange={(e) => setOpensOn(e.target.value)}
              />
              <TextField
                label={m.deadlineLabel}
                hint={m.deadlineHint}
                type="date"
                name="deadline"
                value={deadline}
                error={field('deadline')}
                onChange={(e) => setDeadline(e.target.value)}
              />
            </div>
            <fieldset className={formStyles.group}>
              <legend>{m.rubricTitle}</legend>
              {field('rubric') && <p role="alert">{field('rubric')}</p>}
              {rubric.map((criterion, index) => {
                const update = (patch: Partial<CriterionDraft>) =>
                  setRubric((current) => current.map((c) => (c.key === criterion.key ? { ...c, ...patch } : c)));
                return (
                  <fieldset key={criterion.key} className={formStyles.group}>
                    <legend>{m.criterion(index + 1)}</legend>
                    <div className={formStyles.pair}>
                      <TextField
                        label={m.criterionTitle}
                        name={`rubric.${index}.title`}
                        value={criterion.title}
                        error={field(`rubric.${index}.title`)}
                        onChange={(e) => update({ title: e.target.value })}
                      />
                      <TextField
                        label={m.criterionMax}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        name={`rubric.${index}.maxPoints`}
                        value={criterion.maxPoints}
                        error={field(`rubric.${index}.maxPoints`)}
                        onChange={(e) => update({ maxPoints: e.target.value })}
                      />
                    </div>
                    <TextArea
                      label={m.description}
                      name={`rubric.${index}.description`}
                      rows={2}
                      value={criterion.description}
                      error={field(`rubric.${index}.description`)}
                      onChange={(e) => update({ description: e.target.value })}
                    />
                    {rubric.length > 1 && (
                      <div>
                        <Button variant="quiet" onClick={() => setRubric((current) => current.filter((c) => c.key !== criterion.key))}>
                          {m.removeCriterion}
                        </Button>
                      </div>
                    )}
                  </fieldset>
                );
              })}
              <div className={styles.buttons}>
                <Button
                  onClick={() =>
                    setRubric((current) => [
                      ...current,
                      { key: Math.max(...current.map((c) => c.key)) + 1, title: '', description: '', maxPoints: '10' },
                    ])
                  }
                >
                  {m.addCriterion}
                </Button>
              </div>
            </fieldset>
            <TextArea
              label={m.questions}
              name="questions"
              rows={3}
              value={questions}
              error={field('questions')}
              onChange={(e) => setQuestions(e.target.value)}
            />
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

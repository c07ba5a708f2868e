import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import type { NeedOfferKind, NeedOfferStatus, ThemeSlug } from '../../../gql/graphql';
import { labels, NEED_OFFER_KINDS } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { intOrNull, isNotFound, orNull, useProblems } from '../../../ui/form';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Actions, FormStack, Page } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/States';
import { Table } from '../../../ui/Table';
import { Tag } from '../../../ui/Tag';
import { TextArea, TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import formStyles from '../../initiatives/components/InitiativeForm.module.css';
import { useReference } from '../../reference/hooks/useReference';
import { ManageNav } from '../components/ManageNav';
import { CloseNeedMutation } from '../graphql/closeNeed.mutation';
import { CloseOfferMutation } from '../graphql/closeOffer.mutation';
import { CreateNeedMutation } from '../graphql/createNeed.mutation';
import { CreateOfferMutation } from '../graphql/createOffer.mutation';
import { OrganisationPageQuery } from '../graphql/organisation.query';
import { organisationMessages } from '../messages';

interface Item {
  id: string;
  title: string;
  kind: NeedOfferKind;
  status: NeedOfferStatus;
  amount?: number | null;
  quantity?: number | null;
}

export function NeedsOffersPage() {
  const { id = '' } = useParams();
  const m = useMessages(organisationMessages);
  const toast = useToast();
  const query = useQuery(OrganisationPageQuery, { variables: { id } });
  const [closeNeed] = useMutation(CloseNeedMutation);
  const [closeOffer] = useMutation(CloseOfferMutation);
  const rowProblems = useProblems(m.failed);

  if (query.loading && !query.data) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.organisation)) return <NotFound />;
  if (!query.data?.organisation) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const organisation = query.data.organisation;
  const close = async (kind: 'need' | 'offer', item: Item) => {
    rowProblems.clear();
    try {
      if (kind === 'need') await closeNeed({ variables: { id: item.id } });
      else await closeOffer({ variables: { id: item.id } });
      toast(m.closedItem(item.title));
    } catch (error) {
      rowProblems.fail(error);
    }
  };

  return (
    <Page
      title={m.needsOffersTitle(organisation.name)}
      lead={<p>{m.needsOffersLead}</p>}
      back={<Link to={`/organisaties/${id}`}>{m.back(organisation.name)}</Link>}
    >
      <ManageNav organisationId={id} kind={organisation.kind} />
      <FormAlert problems={rowProblems.problems} placed={[]} />
      <Panel title={m.needsTitle} id="needs">
        <ItemTable items={organisation.needs} label={m.needsTitle} onClose={(item) => void close('need', item)} />
        <ItemForm
          kind="need"
          organisationId={id}
          initiatives={organisation.initiatives.edges.map(({ node }) => ({ value: node.id, label: node.title }))}
          onDone={() => void query.refetch()}
        />
      </Panel>
      <Panel title={m.offersTitle} id="offers">
        <ItemTable items={organisation.offers} label={m.offersTitle} onClose={(item) => void close('offer', item)} />
        <ItemForm kind="offer" organisationId={id} initiatives={[]} onDone={() => void query.refetch()} />
      </Panel>
    </Page>
  );
}

function ItemTable({ items, label, onClose }: { items: Item[]; label: string; onClose(item: Item): void }) {
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  if (items.length === 0) return <EmptyState title={m.none} />;
  return (
    <Table label={label}>
      <thead>
        <tr>
          <th scope="col">{m.title}</th>
          <th scope="col">{m.kindNeedOffer}</th>
          <th scope="col">{m.quantity}</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">{m.closeItem}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">{item.title}</th>
            <td>{l.needOfferKind[item.kind]}</td>
            <td>{item.amount != null ? l.euro(item.amount) : (item.quantity ?? '')}</td>
            <td>
              <Tag tone={item.status === 'OPEN' ? 'success' : 'muted'}>{l.needOfferStatus[item.status]}</Tag>
            </td>
            <td>
              {item.status === 'OPEN' && (
                <Button variant="quiet" aria-label={m.closeLabel(item.title)} onClick={() => onClose(item)}>
                  {m.closeItem}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function ItemForm({
  kind,
  organisationId,
  initiatives,
  onDone,
}: {
  kind: 'need' | 'offer';
  organisationId: string;
  initiatives: { value: string; label: string }[];
  onDone(): void;
}) {
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const { reference } = useReference();
  const [title, setTitle] = useState('');
  const [itemKind, setItemKind] = useState<NeedOfferKind>('VOLUNTEERS');
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [quantity, setQuantity] = useState('');
  const [theme, setTheme] = useState('');
  const [municipality, setMunicipality] = useState<string[]>([]);
  const [initiativeId, setInitiativeId] = useState('');
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [createNeed, creatingNeed] = useMutation(CreateNeedMutation);
  const [createOffer, creatingOffer] = useMutation(CreateOfferMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    const common = {
      organisationId,
      title: title.trim(),
      kind: itemKind,
      description: orNull(description),
      amount: itemKind === 'FUNDING' ? intOrNull(amount) : null,
      quantity: itemKind === 'FUNDING' ? null : intOrNull(quantity),
      theme: (orNull(theme) as ThemeSlug | null) ?? null,
      municipalityCode: municipality[0] ?? null,
    };
    try {
      if (kind === 'need') await createNeed({ variables: { input: { ...common, initiativeId: orNull(initiativeId) } } });
      else await createOffer({ variables: { input: common } });
      toast(kind === 'need' ? m.needAdded : m.offerAdded);
      setTitle('');
      setDescription('');
      setAmount('');
      setQuantity('');
      onDone();
    } catch (error) {
      fail(error);
    }
  };

  if (!reference) return <Loading />;
  return (
    <details>
      <summary className={formStyles.summary}>{kind === 'need' ? m.addNeed : m.addOffer}</summary>
      <form onSubmit={submit} noValidate>
        <FormStack>
          <TextField label={m.title} name="title" value={title} error={field('title')} onChange={(e) => setTitle(e.target.value)} />
          <SelectField
            label={m.kindNeedOffer}
            name="kind"
            value={itemKind}
            error={field('kind')}
            options={NEED_OFFER_KINDS.map((option) => ({ value: option, label: l.needOfferKind[option] }))}
            onChange={(e) => setItemKind(e.target.value as NeedOfferKind)}
          />
          {itemKind === 'FUNDING' ? (
            <TextField
              label={m.amount}
              hint={m.amountHint}
              type="number"
              min={0}
              name="amount"
              value={amount}
              error={field('amount')}
              onChange={(e) => setAmount(e.target.value)}
            />
          ) : (
            <TextField
              label={m.quantity}
              hint={m.quantityHint}
              type="number"
              min={0}
              name="quantity"
              value={quantity}
              error={field('quantity')}
              onChange={(e) => setQuantity(e.target.value)}
            />
          )}
          <TextArea
            label={m.description}
            optionalLabel={m.optional}
            name="description"
            rows={3}
            value={description}
            error={field('description')}
            onChange={(e) => setDescription(e.target.value)}
          />
          <SelectField
            label={m.theme}
            name="theme"
            value={theme}
            error={field('theme')}
            options={[{ value: '', label: m.noTheme }, ...reference.themes]}
            onChange={(e) => setTheme(e.target.value)}
          />
          <MultiSelect
            label={m.where}
            hint={m.anywhere}
            single
            options={reference.municipalities}
            value={municipality}
            error={field('municipalityCode')}
            onChange={setMunicipality}
          />
          {kind === 'need' && initiatives.length > 0 && (
            <SelectField
              label={m.forInitiative}
              name="initiativeId"
              value={initiativeId}
              error={field('initiativeId')}
              options={[{ value: '', label: m.wholeOrganisation }, ...initiatives]}
              onChange={(e) => setInitiativeId(e.target.value)}
            />
          )}
          <FormAlert
            problems={problems}
            placed={['title', 'kind', 'amount', 'quantity', 'description', 'theme', 'municipalityCode', 'initiativeId']}
          />
          <Actions>
            <Button type="submit" variant="primary" busy={creatingNeed.loading || creatingOffer.loading}>
              {kind === 'need' ? m.addNeed : m.addOffer}
            </Button>
          </Actions>
        </FormStack>
      </form>
    </details>
  );
}

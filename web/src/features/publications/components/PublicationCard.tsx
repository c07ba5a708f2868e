import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { PublicationCardFragment } from '../../../gql/graphql';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useProblems } from '../../../ui/form';
import { Actions } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { Tag, TagItem, TagList } from '../../../ui/Tag';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { CoSignPublicationMutation } from '../graphql/coSignPublication.mutation';
import { WithdrawCoSignatureMutation } from '../graphql/withdrawCoSignature.mutation';
import { publicationMessages } from '../messages';
import styles from './Publications.module.css';

/**
 * A publication with its byline ("X, met Y en Z"). EDITORs and OWNERs of a partner organisation may co-sign it while it
 * is open, choosing which of their organisations signs, and withdraw a signature of theirs.
 */
export function PublicationCard({ publication }: { publication: PublicationCardFragment }) {
  const m = useMessages(publicationMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const { viewer } = useViewer();
  const { problems, fail, clear } = useProblems(m.failed);
  const [coSign, signing] = useMutation(CoSignPublicationMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawCoSignatureMutation);
  const [choosing, setChoosing] = useState(false);

  // A signature speaks for the organisation: only its EDITORs and OWNERs sign (admins as such do not).
  const mine = (viewer?.memberships ?? [])
    .filter((membership) => membership.role === 'OWNER' || membership.role === 'EDITOR')
    .map((membership) => membership.organisation)
    .filter((organisation) => organisation.id !== publication.organisation.id);
  const signedIds = new Set(publication.coSigners.map((organisation) => organisation.id));
  const signable = publication.openForCoSigning ? mine.filter((organisation) => !signedIds.has(organisation.id)) : [];
  const signed = mine.filter((organisation) => signedIds.has(organisation.id));
  const only = signable.length === 1 ? signable[0] : undefined;
  const [chosen, setChosen] = useState('');

  const sign = async (organisation: { id: string; name: string }) => {
    clear();
    try {
      await coSign({ variables: { publicationId: publication.id, organisationId: organisation.id } });
      setChoosing(false);
      toast(m.coSigned(organisation.name));
    } catch (error) {
      fail(error);
    }
  };
  const unsign = async (organisation: { id: string; name: string }) => {
    clear();
    try {
      await withdraw({ variables: { publicationId: publication.id, organisationId: organisation.id } });
      toast(m.withdrawn(organisation.name));
    } catch (error) {
      fail(error);
    }
  };

  const titleId = `publication-${publication.id}`;
  return (
    <li className={styles.card}>
      <article aria-labelledby={titleId}>
        <div className={styles.head}>
          <Tag>{m.kind[publication.kind]}</Tag>
          <span className={styles.date}>{l.date(publication.publishedOn)}</span>
          {publication.openForCoSigning && <Tag tone="primary">{m.openForCoSigning}</Tag>}
        </div>
        <h2 id={titleId} className={styles.title}>
          <a href={publication.url} rel="noopener noreferrer">
            {publication.title}
          </a>
        </h2>
        <p className={styles.byline}>{publication.byline}</p>
        {publication.summary && <p className={styles.summary}>{publication.summary}</p>}
        <div className={styles.foot}>
          <TagList label={m.themes}>
            {publication.themes.map((theme) => (
              <TagItem key={theme.slug} tone="theme">
                {theme.name}
              </TagItem>
            ))}
          </TagList>
        </div>
        {(signable.length > 0 || signed.length > 0) && (
          <div className={styles.actions}>
            {only && (
              <p className={styles.sign}>
                <span>{m.signAsNote(only.name)}</span>
                <Button busy={signing.loading} aria-label={m.coSignAs(only.name)} onClick={() => void sign(only)}>
                  {m.coSign}
                </Button>
              </p>
            )}
            {signable.length > 1 && (
              <p className={styles.sign}>
                <span>{m.signAnyNote}</span>
                <Button
                  onClick={() => {
                    setChosen(signable[0]?.id ?? '');
                    setChoosing(true);
                  }}
                >
                  {m.coSign}…
                </Button>
              </p>
            )}
            {signed.map((organisation) => (
              <p key={organisation.id} className={styles.sign}>
                <span>{m.signedNote(organisation.name)}</span>
                <Button
                  variant="quiet"
                  busy={withdrawing.loading}
                  aria-label={m.withdraw(organisation.name)}
                  onClick={() => void unsign(organisation)}
                >
                  {m.withdrawShort}
                </Button>
              </p>
            ))}
          </div>
        )}
        {problems.message && !choosing && (
          <p className={styles.error} role="alert">
            {problems.message}
          </p>
        )}
      </article>
      <Dialog open={choosing} title={m.coSignTitle} onClose={() => setChoosing(false)}>
        <p>{m.coSignBody(publication.title)}</p>
        <SelectField
          label={m.coSignOrganisation}
          options={signable.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          value={chosen}
          error={problems.message}
          onChange={(event) => setChosen(event.target.value)}
        />
        <Actions>
          <Button
            variant="primary"
            busy={signing.loading}
            onClick={() => {
              const organisation = signable.find((candidate) => candidate.id === chosen);
              if (organisation) void sign(organisation);
            }}
          >
            {m.coSign}
          </Button>
          <Button onClick={() => setChoosing(false)}>{m.cancel}</Button>
        </Actions>
      </Dialog>
    </li>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { SearchBox } from '../../../ui/SearchBox';
import { ErrorNotice, Loading } from '../../../ui/States';
import { InviteMutation } from '../graphql/invite.mutation';
import { InviteSearchQuery } from '../graphql/inviteSearch.query';
import { tableMessages } from '../messages';
import styles from './tables.module.css';

/**
 * Invite any organisation, also one the suggestion left out: a search by name (`organisations(filter: { search })`,
 * on Enter or the button) and a result list with an "invite" button per organisation, reported in a live region.
 */
export function InviteSearch({ tableId, onInvited }: { tableId: string; onInvited?(): void }) {
  const m = useMessages(tableMessages);
  const l = useMessages(labels);
  const [term, setTerm] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const search = useQuery(InviteSearchQuery, { variables: { search: term }, skip: !term });
  const [invite, inviting] = useMutation(InviteMutation);
  const { problems, fail, clear } = useProblems(m.failed);
  const results = search.data?.organisations.edges.map((e) => e.node) ?? [];

  const add = async (organisation: { id: string; name: string }) => {
    clear();
    setDone(null);
    try {
      const result = await invite({ variables: { tableId, organisationIds: [organisation.id] } });
      const invitation = result.data?.invite[0];
      if (invitation) setDone(invitation.alreadyInvited ? m.alreadyInvitedOne(organisation.name) : m.invitedOne(organisation.name));
      onInvited?.();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Panel title={m.inviteOtherTitle} id="invite-other">
      <p>{m.inviteOtherLead}</p>
      <SearchBox label={m.inviteOtherLabel} buttonLabel={m.inviteOtherButton} value={term} onSearch={setTerm} />
      {search.error && <ErrorNotice onRetry={() => void search.refetch()} />}
      {search.loading && <Loading />}
      <div role="status" aria-live="polite">
        {term && search.data && <p>{results.length ? m.inviteOtherResults(results.length) : m.inviteOtherNone}</p>}
        {done && <p>{done}</p>}
      </div>
      <FormAlert problems={problems} placed={[]} />
      {results.length > 0 && (
        <ul className={styles.suggestions} aria-label={m.inviteOtherLabel}>
          {results.map((organisation) => (
            <li key={organisation.id} className={`${styles.suggestion} ${styles.row}`} data-organisation={organisation.id}>
              <span>
                <strong>{organisation.name}</strong> · {l.organisationKind[organisation.kind]}
                {organisation.municipality ? ` · ${organisation.municipality.name}` : ''}
              </span>
              <Button busy={inviting.loading} aria-label={m.inviteOne(organisation.name)} onClick={() => void add(organisation)}>
                {m.inviteOneShort}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

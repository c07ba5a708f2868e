import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { Loading } from '../../../ui/States';
import { useViewer } from '../../account/hooks/useViewer';
import { OrganisationInvitationsQuery } from '../graphql/myInvitations.query';
import { tableMessages } from '../messages';
import { formatDateTime } from '../time';
import { RsvpControls } from './RsvpControls';
import styles from './tables.module.css';

/** Positions on the waitlist: the API lists accepted invitations first, then the waitlist in order. */
export function waitlistPositions(invitations: readonly { id: string; waitlisted: boolean }[]): Map<string, number> {
  return new Map(invitations.filter((invitation) => invitation.waitlisted).map((invitation, index) => [invitation.id, index + 1]));
}

/** Open invitations (not answered, or tentative, or waitlisted) of one organisation the viewer edits. */
function OrganisationInbox({ organisationId }: { organisationId: string }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const query = useQuery(OrganisationInvitationsQuery, { variables: { organisationId } });
  if (query.loading && !query.data) return <Loading />;
  const now = Date.now();
  const open = (query.data?.tables.edges ?? []).flatMap(({ node }) => {
    // A table whose meetings are all past asks nothing any more.
    if (node.sessions.length && !node.sessions.some((session) => new Date(session.startsAt).getTime() > now)) return [];
    const positions = waitlistPositions(node.invitations);
    return node.invitations
      .filter((invitation) => invitation.organisation.id === organisationId)
      .filter((invitation) => !invitation.response || invitation.response === 'TENTATIVE' || invitation.waitlisted)
      .map((invitation) => ({ table: node, invitation, position: positions.get(invitation.id) ?? null }));
  });
  return (
    <>
      {open.map(({ table, invitation, position }) => {
        const next = table.sessions.find((session) => new Date(session.startsAt).getTime() > now);
        return (
          <li key={invitation.id} className={styles.inboxItem}>
            <p>
              <Link to={`/tafels/${table.id}`}>{table.title}</Link> · {m.kind[table.kind]}
              {next ? ` · ${formatDateTime(next.startsAt, language)}` : ''}
            </p>
            <RsvpControls
              invitation={invitation}
              organisationName={invitation.organisation.name}
              waitlistPosition={position}
              onAnswered={() => void query.refetch()}
            />
          </li>
        );
      })}
    </>
  );
}

/** The signed-in person's open invitations, over every organisation they are EDITOR or OWNER of, with RSVP inline. */
export function InvitationsInbox() {
  const m = useMessages(tableMessages);
  const { viewer } = useViewer();
  const organisations = (viewer?.memberships ?? []).filter((membership) => membership.role !== 'VIEWER');
  if (!organisations.length) return null;
  return (
    <Panel title={m.inboxTitle} id="tables-inbox">
      <ul className={styles.inbox} aria-label={m.inboxTitle}>
        {organisations.map((membership) => (
          <OrganisationInbox key={membership.organisation.id} organisationId={membership.organisation.id} />
        ))}
      </ul>
      <p className={styles.inboxEmpty}>{m.inboxEmpty}</p>
    </Panel>
  );
}

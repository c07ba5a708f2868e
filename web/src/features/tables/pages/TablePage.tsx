import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { isNotFound } from '../../../ui/form';
import { Facts, Page } from '../../../ui/Page';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../ui/States';
import { Tag } from '../../../ui/Tag';
import { useViewer } from '../../account/hooks/useViewer';
import { CalendarPanel } from '../components/CalendarPanel';
import { CloseTable } from '../components/CloseTable';
import { waitlistPositions } from '../components/InvitationsInbox';
import { JoinPanel, JoinRequestsPanel } from '../components/JoinPanel';
import { AgendaForm, InvitationsPanel, MinutesForm, SlotsPanel } from '../components/OrganiserPanels';
import { ActionsPanel, CommitmentsPanel, FollowUpPanel } from '../components/Outcomes';
import { RsvpControls } from '../components/RsvpControls';
import { SeriesBuilder } from '../components/SeriesBuilder';
import styles from '../components/tables.module.css';
import { VoteGrid } from '../components/VoteGrid';
import { TableQuery } from '../graphql/table.query';
import { tableMessages } from '../messages';
import { formatDateTime, formatDay } from '../time';
import type { TableDetail } from '../types';

type AgendaItem = TableDetail['agenda'][number];

function AgendaList({ items }: { items: readonly Omit<AgendaItem, 'sessionId'>[] }) {
  const m = useMessages(tableMessages);
  return (
    <ol>
      {items.map((item) => (
        <li key={item.id}>
          <strong>{item.title}</strong>
          {item.durationMinutes ? ` (${m.minutes(item.durationMinutes)})` : ''}
          {item.description ? <p>{item.description}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** `/tafels/{id}`: the table for everyone; answers and votes for the invited; planning and outcomes for the organisers. */
export function TablePage() {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const query = useQuery(TableQuery, { variables: { id } });
  const table = query.data?.table;
  const back = <Link to="/tafels">{m.back}</Link>;
  if (query.error && !isNotFound(query.error)) return <ErrorNotice onRetry={() => void query.refetch()} />;
  if (query.loading && !table) return <Loading />;
  if (!table)
    return (
      <Page title={m.listTitle} back={back}>
        <EmptyState title={m.notFound} />
      </Page>
    );
  const refresh = () => void query.refetch();
  const editable = (viewer?.memberships ?? [])
    .filter((membership) => membership.role !== 'VIEWER')
    .map((membership) => membership.organisation);
  const editableIds = new Set(editable.map((o) => o.id));
  const myInvitations = table.invitations.filter((invitation) => editableIds.has(invitation.organisation.id));
  const positions = waitlistPositions(table.invitations);
  const organiserIds = [table.organiser.id, table.coOrganiser?.id].filter(Boolean);
  const takingPart = editable.filter(
    (o) =>
      organiserIds.includes(o.id) ||
      myInvitations.some((i) => i.organisation.id === o.id && (i.response === 'ACCEPTED' || i.response === 'TENTATIVE')),
  );
  const participant = table.followUp !== null && table.followUp !== undefined;
  const closed = table.status === 'CLOSED';
  const tableAgenda = table.agenda.filter((item) => !item.sessionId);
  const period = [table.startsOn && formatDay(table.startsOn, language), table.endsOn && formatDay(table.endsOn, language)]
    .filter(Boolean)
    .join(' – ');

  return (
    <Page
      title={table.title}
      eyebrow={
        <>
          <Tag tone="primary">{m.kind[table.kind]}</Tag> <Tag tone="theme">{table.theme.name}</Tag> <Tag>{m.status[table.status]}</Tag>
        </>
      }
      back={back}
      wide
    >
      <div className={styles.stack}>
        <Panel title={m.about} id="about">
          {table.description && <p>{table.description}</p>}
          <Facts
            items={[
              [m.organiser, table.organiser.name],
              [m.coOrganiser, table.coOrganiser?.name],
              [m.municipality, table.municipality?.name],
              [m.place, table.online ? m.online : table.location],
              [m.period, period],
              [m.places, m.placesValue(table.acceptedCount, table.capacity ?? null)],
              [m.deadline, table.applicationDeadline ? formatDateTime(table.applicationDeadline, language) : null],
            ]}
          />
        </Panel>

        {closed && (
          <Notice tone="info">
            <p>{m.closedNotice}</p>
          </Notice>
        )}
        {myInvitations.length > 0 && !closed && (
          <Panel title={m.inboxTitle} id="my-invitation">
            {myInvitations.map((invitation) => (
              <RsvpControls
                key={invitation.id}
                invitation={invitation}
                organisationName={invitation.organisation.name}
                waitlistPosition={positions.get(invitation.id) ?? null}
                onAnswered={refresh}
              />
            ))}
          </Panel>
        )}
        {myInvitations.length > 0 && table.slots.length > 0 && !closed && (
          <VoteGrid table={table} organisations={myInvitations.map((invitation) => invitation.organisation)} />
        )}

        {table.kind !== 'LOCAL_TABLE' && !table.viewerMayManage && !closed && <JoinPanel table={table} onChanged={refresh} />}

        <Panel title={m.sessions} id="sessions">
          {table.sessions.length === 0 ? (
            <p>{m.noSessions}</p>
          ) : (
            <ol aria-label={m.sessions}>
              {table.sessions.map((session) => (
                <li key={session.id}>
                  <p>
                    <strong>{formatDateTime(session.startsAt, language)}</strong>
                    {session.location ? ` · ${session.location}` : ''}
                    {session.joinUrl ? (
                      <>
                        {' · '}
                        <a href={session.joinUrl}>{m.joinOnline}</a>
                      </>
                    ) : null}
                  </p>
                  {session.agenda.length > 0 && <AgendaList items={session.agenda} />}
                  {table.viewerMayManage ? (
                    <MinutesForm session={session} />
                  ) : session.minutes ? (
                    <>
                      <h3>{m.minutesTitle}</h3>
                      <p>{session.minutes}</p>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </Panel>

        <Panel title={m.agenda} id="agenda">
          {tableAgenda.length === 0 && table.agenda.length === 0 ? <p>{m.noAgenda}</p> : <AgendaList items={tableAgenda} />}
          {table.viewerMayManage && <AgendaForm table={table} onAdded={refresh} />}
        </Panel>

        <CalendarPanel icsUrl={table.icsUrl} />

        {table.viewerMayManage && (
          <>
            <InvitationsPanel table={table} />
            {!closed && (
              <>
                <SlotsPanel table={table} onChanged={refresh} />
                <Panel title={m.seriesTitle} id="series">
                  <SeriesBuilder tableId={table.id} online={table.online} location={table.location ?? null} onScheduled={refresh} />
                </Panel>
              </>
            )}
            {(table.kind !== 'LOCAL_TABLE' || table.joinRequests.length > 0) && <JoinRequestsPanel table={table} onChanged={refresh} />}
          </>
        )}

        {participant && (
          <>
            <CommitmentsPanel table={table} editable={takingPart} onChanged={refresh} />
            <ActionsPanel table={table} editable={editable} onChanged={refresh} />
            {table.followUp && <FollowUpPanel followUp={table.followUp} />}
          </>
        )}
        {table.viewerMayManage && !closed && <CloseTable tableId={table.id} onClosed={refresh} />}
      </div>
    </Page>
  );
}

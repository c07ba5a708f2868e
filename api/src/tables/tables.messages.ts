import type { EntityManager } from 'typeorm';
import { contactsOf } from '../account/account.query.js';
import { memberContacts } from '../membership/membership.query.js';
import { enqueueMessage, withdrawUnsent } from '../outbox/outbox.js';
import type { JoinRequest, RoundTable, Session } from './tables.entity.js';

/**
 * What organisations and people hear about tables, through the transactional outbox: written in the
 * transaction of the change, sent after it commits, once per person (the idempotency key names the
 * change and the account). Koppel keeps no language per person, so each message is in Dutch and English.
 */
export const tableUrl = (publicUrl: string, tableId: string) => `${publicUrl.replace(/\/+$/, '')}/tafels/${tableId}`;

const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'full', timeStyle: 'short' });
const AMSTERDAM_EN = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'full', timeStyle: 'short' });
/** Reminders go out a day before a session. */
const REMINDER_MS = 24 * 3_600_000;

interface Message {
  key: string;
  topic: string;
  subject: [string, string];
  body: [string, string];
  availableAt?: Date;
}

async function toMembers(tx: EntityManager, organisationId: string, message: Message): Promise<void> {
  for (const contact of await memberContacts(tx, organisationId, ['OWNER', 'EDITOR'])) await toPerson(tx, contact, message);
}

async function toPerson(tx: EntityManager, contact: { accountId: string; email: string }, message: Message): Promise<void> {
  await enqueueMessage(tx, {
    idempotencyKey: `${message.key}:${contact.accountId}`,
    topic: message.topic,
    recipient: contact.email,
    subject: `${message.subject[0]} / ${message.subject[1]}`,
    body: `${message.body[0]}\n\n---\n\n${message.body[1]}`,
    availableAt: message.availableAt,
  });
}

export async function enqueueInvitation(tx: EntityManager, table: RoundTable, organisationId: string, publicUrl: string): Promise<void> {
  const url = tableUrl(publicUrl, table.id);
  await toMembers(tx, organisationId, {
    key: `table-invitation:${table.id}:${organisationId}`,
    topic: 'table-invitation',
    subject: [`Uitnodiging: ${table.title}`, `Invitation: ${table.title}`],
    body: [
      `Uw organisatie is uitgenodigd voor "${table.title}". Laat weten of u komt (aanvaarden, afslaan of onder voorbehoud):\n\n${url}`,
      `Your organisation is invited to "${table.title}". Let us know whether you will come (accept, decline or tentative):\n\n${url}`,
    ],
  });
}

export async function enqueueWaitlistMove(
  tx: EntityManager,
  table: RoundTable,
  /** The waitlist number it held: unique per stay on the waitlist, so one message per move. */
  waitlistNumber: string,
  organisationId: string,
  publicUrl: string,
): Promise<void> {
  const url = tableUrl(publicUrl, table.id);
  await toMembers(tx, organisationId, {
    key: `table-waitlist-move:${waitlistNumber}`,
    topic: 'table-waitlist-move',
    subject: [`Er is plaats: ${table.title}`, `A place is free: ${table.title}`],
    body: [
      `Er is een plaats vrijgekomen aan "${table.title}": uw organisatie staat niet langer op de wachtlijst en doet mee.\n\n${url}`,
      `A place has become free at "${table.title}": your organisation is no longer on the waitlist and takes part.\n\n${url}`,
    ],
  });
}

/** The dates of new sessions to the participating organisations, and a reminder a day before each. */
export async function enqueueSessions(
  tx: EntityManager,
  table: RoundTable,
  sessions: readonly Session[],
  publicUrl: string,
): Promise<void> {
  const url = tableUrl(publicUrl, table.id);
  const rows: { organisation_id: string }[] = await tx.query(
    `SELECT organisation_id FROM table_invitation WHERE table_id = $1 AND (response = 'TENTATIVE' OR (response = 'ACCEPTED' AND waitlist_number IS NULL))`,
    [table.id],
  );
  const organisations = [
    ...new Set([table.organiserId, ...(table.coOrganiserId ? [table.coOrganiserId] : []), ...rows.map((r) => r.organisation_id)]),
  ];
  const dates = (f: Intl.DateTimeFormat) =>
    sessions.map((s) => `- ${f.format(s.startsAt)}${s.location ? `, ${s.location}` : ''}${s.joinUrl ? `, ${s.joinUrl}` : ''}`).join('\n');
  const first = sessions[0];
  if (!first) return;
  for (const organisationId of organisations) {
    await toMembers(tx, organisationId, {
      key: `table-scheduled:${first.id}:${first.sequence ?? 0}:${organisationId}`,
      topic: 'table-scheduled',
      subject: [`Datum vastgesteld: ${table.title}`, `Date fixed: ${table.title}`],
      body: [
        `"${table.title}" komt samen op:\n${dates(AMSTERDAM)}\n\n${url}`,
        `"${table.title}" meets on:\n${dates(AMSTERDAM_EN)}\n\n${url}`,
      ],
    });
    for (const session of sessions) {
      const at = new Date(session.startsAt.getTime() - REMINDER_MS);
      if (at.getTime() <= Date.now()) continue;
      await toMembers(tx, organisationId, {
        key: `table-reminder:${session.id}:${session.sequence ?? 0}:${organisationId}`,
        topic: 'table-reminder',
        subject: [`Morgen: ${table.title}`, `Tomorrow: ${table.title}`],
        body: [
          `Herinnering: "${table.title}", ${AMSTERDAM.format(session.startsAt)}.\n\n${url}`,
          `Reminder: "${table.title}", ${AMSTERDAM_EN.format(session.startsAt)}.\n\n${url}`,
        ],
        availableAt: at,
      });
    }
  }
}

export async function enqueueJoinDecision(
  tx: EntityManager,
  table: RoundTable,
  request: JoinRequest,
  accepted: boolean,
  publicUrl: string,
): Promise<void> {
  const url = tableUrl(publicUrl, table.id);
  const message: Message = {
    key: `table-join-decision:${request.id}`,
    topic: 'table-join-decision',
    subject: accepted
      ? [`Welkom: ${table.title}`, `Welcome: ${table.title}`]
      : [`Niet geplaatst: ${table.title}`, `Not accepted: ${table.title}`],
    body: accepted
      ? [
          `Uw verzoek om mee te doen aan "${table.title}" is aanvaard.\n\n${url}`,
          `Your request to join "${table.title}" has been accepted.\n\n${url}`,
        ]
      : [
          `Uw verzoek om mee te doen aan "${table.title}" is helaas afgewezen.\n\n${url}`,
          `Unfortunately your request to join "${table.title}" has been declined.\n\n${url}`,
        ],
  };
  const [person] = request.accountId ? await contactsOf(tx, [request.accountId]) : [];
  if (person) await toPerson(tx, person, message);
  else await toMembers(tx, request.organisationId, message);
}

/** A session moved: its reminders not sent yet are withdrawn (the new ones follow with its new sequence). */
export const withdrawReminders = (tx: EntityManager, sessionId: string) => withdrawUnsent(tx, `table-reminder:${sessionId}:`);

import { expandSeries, fromWallClock } from '@koppel/rules';
import type { EntityManager } from 'typeorm';
import { Random } from '../random.js';

/**
 * Demo round-tables on the demo registry: a local table in several municipalities (invitations and
 * answers, a date poll with votes, a scheduled session with its agenda, commitments and action items,
 * one overdue), the working group "Campagnegroep migratie" (three months from 1 April, two online
 * meetings a month, requests with a motivation before a deadline) and a work-session series on the
 * narrative of migration and development cooperation (every other Tuesday 19:30, needs gathered).
 * Deterministic for one day: the same run gives the same rows.
 */
const TABLES_SEED = 20_260_401;
const DAY = 86_400_000;
const THEMES = ['LABOUR_MARKET', 'EDUCATION', 'TRAUMA_CARE', 'VOLUNTEERING', 'PUBLIC_PERCEPTION'] as const;
const THEME_NL: Record<string, string> = {
  LABOUR_MARKET: 'werk en inkomen',
  EDUCATION: 'onderwijs',
  TRAUMA_CARE: 'trauma en ggz',
  VOLUNTEERING: 'vrijwilligerswerk',
  PUBLIC_PERCEPTION: 'beeldvorming',
};

type Row = { id: string; name: string; kind: string; municipality_code: string | null };

const insertTable = async (tx: EntityManager, values: Record<string, unknown>): Promise<string> => {
  const columns = Object.keys(values);
  const [row] = await tx.query(
    `INSERT INTO round_table (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(values),
  );
  return row.id;
};

const sessionRow = (
  tx: EntityManager,
  tableId: string,
  startsAt: Date,
  minutes: number,
  location: string | null,
  joinUrl: string | null,
  slotId: string | null = null,
) =>
  tx
    .query(
      'INSERT INTO table_session (table_id, slot_id, starts_at, ends_at, location, join_url) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [tableId, slotId, startsAt, new Date(startsAt.getTime() + minutes * 60_000), location, joinUrl],
    )
    .then((rows: { id: string }[]) => rows[0]?.id as string);

/** The next 1 April (Amsterdam) at least a month away. */
function nextFirstOfApril(now: Date): number {
  const year = now.getUTCMonth() >= 2 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return year;
}

export async function seedTables(tx: EntityManager): Promise<{ tables: number; invitations: number; sessions: number }> {
  const random = new Random(TABLES_SEED);
  const now = Date.now();
  const organisations: Row[] = await tx.query('SELECT id, name, kind, municipality_code FROM organisation ORDER BY name, id');
  const municipalities = organisations.filter((o) => o.kind === 'MUNICIPALITY' && o.municipality_code);
  const byPlace = new Map<string, Row[]>();
  for (const o of organisations)
    if (o.municipality_code) byPlace.set(o.municipality_code, [...(byPlace.get(o.municipality_code) ?? []), o]);
  const counts = { tables: 0, invitations: 0, sessions: 0 };

  // Local tables: the municipalities with the most organisations around them, one theme each.
  const busiest = [...municipalities].sort(
    (a, b) =>
      (byPlace.get(b.municipality_code as string)?.length ?? 0) - (byPlace.get(a.municipality_code as string)?.length ?? 0) ||
      a.name.localeCompare(b.name),
  );
  for (const [index, gemeente] of busiest.slice(0, 6).entries()) {
    const theme = THEMES[index % THEMES.length] as string;
    const place = gemeente.municipality_code as string;
    const city = gemeente.name.replace(/^Gemeente\s+/, '');
    const scheduled = index % 3 !== 2;
    const tableId = await insertTable(tx, {
      kind: 'LOCAL_TABLE',
      title: `Tafel ${THEME_NL[theme]} ${city}`,
      description: `Lokale tafel over ${THEME_NL[theme]} van statushouders in ${city}: wie doet wat, wat ontbreekt, en wat spreken we af?`,
      theme,
      municipality_code: place,
      organiser_id: gemeente.id,
      capacity: 12,
      status: scheduled ? 'SCHEDULED' : 'PLANNING',
      location: `Stadhuis ${city}`,
      created_at: new Date(now - (40 - index) * DAY),
    });
    counts.tables++;
    const guests = (byPlace.get(place) ?? []).filter((o) => o.id !== gemeente.id).slice(0, 11);
    const invitationIds: string[] = [];
    for (const [i, guest] of guests.entries()) {
      const response = i < 7 ? 'ACCEPTED' : i < 9 ? random.pick(['DECLINED', 'TENTATIVE']) : null;
      const [row] = await tx.query(
        'INSERT INTO table_invitation (table_id, organisation_id, response, responded_at) VALUES ($1, $2, $3, $4) RETURNING id',
        [tableId, guest.id, response, response ? new Date(now - (30 - i) * DAY) : null],
      );
      invitationIds.push(row.id);
      counts.invitations++;
    }
    const slotTimes = [10, 12, 15].map((d) =>
      fromWallClock(
        new Date(Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate() + d + index, 15, 0)),
      ),
    );
    const slotIds: string[] = [];
    for (const at of slotTimes) {
      const [slot] = await tx.query('INSERT INTO table_slot (table_id, starts_at) VALUES ($1, $2) RETURNING id', [tableId, at]);
      slotIds.push(slot.id);
      for (const guest of guests.slice(0, 7))
        await tx.query('INSERT INTO table_slot_vote (slot_id, organisation_id, vote) VALUES ($1, $2, $3)', [
          slot.id,
          guest.id,
          random.weighted([
            ['YES', 5],
            ['MAYBE', 2],
            ['NO', 2],
          ] as const),
        ]);
    }
    await tx.query(
      'INSERT INTO table_agenda_item (table_id, title, description, duration_minutes) VALUES ($1, $2, $3, $4), ($1, $5, $6, $7), ($1, $8, $9, $10)',
      [
        tableId,
        'Welkom en kennismaking',
        'Wie zit er aan tafel, en waarom?',
        20,
        'Wat is er al, wat ontbreekt?',
        'Een rondje langs de organisaties.',
        60,
        'Afspraken',
        'Toezeggingen en acties, met een eigenaar en een datum.',
        30,
      ],
    );
    if (!scheduled) continue;
    await sessionRow(tx, tableId, slotTimes[1] as Date, 120, `Stadhuis ${city}`, null, slotIds[1]);
    counts.sessions++;
    const accepted = guests.slice(0, 7);
    const fund = accepted.find((o) => o.kind === 'FUND');
    const pledger = fund ?? accepted[0];
    if (pledger)
      await tx.query(
        "INSERT INTO commitment (organisation_id, kind, amount, quantity, description, status, table_id) VALUES ($1, $2, $3, $4, $5, 'PLEDGED', $6)",
        fund
          ? [fund.id, 'FUNDING', 15_000, null, 'Bijdrage aan een gezamenlijk traject', tableId]
          : [pledger.id, 'VOLUNTEERS', null, 6, 'Zes vrijwilligers als maatje', tableId],
      );
    if (accepted[1])
      await tx.query(
        "INSERT INTO commitment (organisation_id, kind, quantity, description, status, table_id) VALUES ($1, 'PLACES', 4, 'Vier werkervaringsplaatsen', 'CONFIRMED', $2)",
        [accepted[1].id, tableId],
      );
    for (const [i, [title, due]] of (
      [
        ['Overzicht van het aanbod rondsturen', -7],
        ['Gesprek met werkgevers plannen', 14],
        ['Verslag delen met alle deelnemers', 30],
      ] as const
    ).entries()) {
      const owner = i === 0 ? gemeente : (accepted[i] ?? gemeente);
      await tx.query('INSERT INTO table_action_item (table_id, title, owner_organisation_id, due_on) VALUES ($1, $2, $3, $4::date)', [
        tableId,
        title,
        owner.id,
        new Date(now + due * DAY).toISOString().slice(0, 10),
      ]);
    }
  }

  // The working group: three months from 1 April, two online meetings a month, motivation before a deadline.
  const ngo = organisations.find((o) => o.kind === 'NGO');
  const year = nextFirstOfApril(new Date(now));
  if (ngo) {
    const tableId = await insertTable(tx, {
      kind: 'WORKING_GROUP',
      title: 'Campagnegroep migratie',
      description:
        'Een campagnegroep van drie maanden vanaf 1 april: samen een publiekscampagne over migratie voorbereiden. Twee online bijeenkomsten per maand; meld u aan met een korte motivatie.',
      theme: 'PUBLIC_PERCEPTION',
      organiser_id: ngo.id,
      capacity: 15,
      status: 'SCHEDULED',
      application_deadline: fromWallClock(new Date(Date.UTC(year, 2, 15, 23, 59))),
      starts_on: `${year}-04-01`,
      ends_on: `${year}-06-30`,
      online: true,
    });
    counts.tables++;
    const series = expandSeries({
      firstStartsAt: fromWallClock(new Date(Date.UTC(year, 3, 7, 19, 30))),
      durationMinutes: 90,
      rrule: `FREQ=MONTHLY;BYDAY=1TU,3TU;UNTIL=${year}0630T235959Z`,
    });
    for (const s of series.sessions) {
      await sessionRow(tx, tableId, s.startsAt, 90, null, 'https://meet.example/campagnegroep-migratie');
      counts.sessions++;
    }
    const applicants = organisations
      .filter((o) => o.kind === 'NGO' || o.kind === 'INITIATIVE')
      .filter((o) => o.id !== ngo.id)
      .slice(0, 5);
    for (const [i, applicant] of applicants.entries()) {
      const status = i < 2 ? 'ACCEPTED' : i === 2 ? 'DECLINED' : 'PENDING';
      await tx.query(
        'INSERT INTO table_join_request (table_id, organisation_id, motivation, needs, status, decided_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [
          tableId,
          applicant.id,
          random.pick([
            'Wij werken dagelijks met nieuwkomers en willen hun verhalen een plek geven in de campagne.',
            'Onze vrijwilligers hebben ervaring met voorlichting op scholen.',
            'Wij brengen een netwerk van migrantenorganisaties mee.',
          ]),
          random.pick(['', 'Avondbijeenkomsten', 'Ondertiteling bij video’s']),
          status,
          status === 'PENDING' ? null : new Date(now - DAY),
        ],
      );
      if (status === 'ACCEPTED') {
        await tx.query(
          "INSERT INTO table_invitation (table_id, organisation_id, response, responded_at) VALUES ($1, $2, 'ACCEPTED', now())",
          [tableId, applicant.id],
        );
        counts.invitations++;
      }
    }
  }

  // The work-session series: the narrative of migration and development cooperation, every other Tuesday 19:30.
  const institute = organisations.find((o) => o.kind === 'KNOWLEDGE_INSTITUTE') ?? ngo;
  if (institute) {
    const tableId = await insertTable(tx, {
      kind: 'WORK_SESSION_SERIES',
      title: 'Het verhaal van migratie en ontwikkelingssamenwerking',
      description:
        'Werksessies over het verhaal dat we vertellen over migratie en ontwikkelingssamenwerking. Bij aanmelding vragen we wat u nodig heeft; de organisatoren zien alle behoeften naast elkaar.',
      theme: 'PUBLIC_PERCEPTION',
      organiser_id: institute.id,
      capacity: 25,
      status: 'SCHEDULED',
      location: 'Bibliotheek Utrecht',
    });
    counts.tables++;
    const first = new Date(now + 14 * DAY);
    const series = expandSeries({
      firstStartsAt: fromWallClock(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate(), 19, 30))),
      durationMinutes: 150,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=6',
    });
    for (const s of series.sessions) {
      await sessionRow(tx, tableId, s.startsAt, 150, 'Bibliotheek Utrecht', null);
      counts.sessions++;
    }
    const participants = organisations
      .filter((o) => o.id !== institute.id && (o.kind === 'NGO' || o.kind === 'INITIATIVE' || o.kind === 'GOVERNMENT'))
      .slice(5, 11);
    for (const participant of participants)
      await tx.query(
        "INSERT INTO table_join_request (table_id, organisation_id, motivation, needs, status, decided_at) VALUES ($1, $2, '', $3, 'ACCEPTED', now())",
        [
          tableId,
          participant.id,
          random.pick([
            'Voorbeelden uit de praktijk',
            'Cijfers over ontwikkelingssamenwerking',
            'Een tolk Arabisch',
            'Kinderopvang tijdens de sessie',
            'Materiaal om mee te nemen',
          ]),
        ],
      );
  }
  return counts;
}

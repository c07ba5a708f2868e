import { type CompositionTable, candidatePool, type OrganisationKindName, type RankedCandidate } from '@koppel/rules';
import DataLoader from 'dataloader';
import { isUuid } from '../core/ids.js';
import { groupedByKeys, loaderById, rowsWhereIn } from '../core/loaders.js';
import type { LoaderDeps } from '../core/module.js';
import { fundsServingPlaces } from '../fund-profile/fund-profile.query.js';
import { compositionCandidates } from '../organisation/organisation.query.js';
import { ActionItem, AgendaItem, Invitation, JoinRequest, RoundTable, Session, Slot, SlotVoteRow } from './tables.entity.js';
import { organisersOf } from './tables.policy.js';

export type TableLoaders = ReturnType<typeof createTableLoaders>;

declare module '../core/context.js' {
  interface Loaders {
    tables: TableLoaders;
  }
}

const byTime = <T extends { createdAt: Date; id: string }>(a: T, b: T) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/** Per-request loaders of tables and their parts: one statement per kind of part, whatever the number of tables. */
export function createTableLoaders({ db }: LoaderDeps) {
  const grouped = <T extends object>(entity: new () => T, column: string, keyOf: (row: T) => string, sort: (a: T, b: T) => number) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = await rowsWhereIn(db, entity, column, ids.filter(isUuid), 'uuid');
      rows.sort(sort);
      return groupedByKeys(ids, rows, keyOf);
    });
  return {
    byId: loaderById(db, RoundTable),
    invitationById: loaderById(db, Invitation),
    /** Accepted first, then the waitlist in its order, then tentative, unanswered and declined. */
    invitationsOf: grouped(
      Invitation,
      'table_id',
      (r) => r.tableId,
      (a, b) => rank(a) - rank(b) || waitlist(a) - waitlist(b) || byTime(a, b),
    ),
    slotsOf: new DataLoader<string, { slots: Slot[]; votes: SlotVoteRow[] }>(async (ids) => {
      const slots = await rowsWhereIn(db, Slot, 'table_id', ids.filter(isUuid), 'uuid');
      const votes = await rowsWhereIn(
        db,
        SlotVoteRow,
        'slot_id',
        slots.map((s) => s.id),
        'uuid',
      );
      const slotsBy = groupedByKeys(ids, slots, (s) => s.tableId);
      return slotsBy.map((group) => {
        const mine = new Set(group.map((s) => s.id));
        return { slots: group, votes: votes.filter((v) => mine.has(v.slotId)) };
      });
    }),
    sessionsOf: grouped(
      Session,
      'table_id',
      (r) => r.tableId,
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id),
    ),
    agendaOf: grouped(AgendaItem, 'table_id', (r) => r.tableId, byTime),
    agendaOfSession: grouped(AgendaItem, 'session_id', (r) => r.sessionId as string, byTime),
    actionItemsOf: grouped(
      ActionItem,
      'table_id',
      (r) => r.tableId,
      (a, b) => a.dueOn.localeCompare(b.dueOn) || byTime(a, b),
    ),
    joinRequestsOf: grouped(JoinRequest, 'table_id', (r) => r.tableId, byTime),
    /**
     * Who could sit at a table: the table as the composition rule sees it and its candidate pool (the organisers
     * and the best of each kind, scored on theme and geography). Two statements for any number of tables; both
     * `suggestParticipants` and `Table.compositionCandidates` compose from it.
     */
    compositionOf: new DataLoader<
      Pick<RoundTable, 'id' | 'themeSlug' | 'municipalityCode' | 'capacity' | 'organiserId' | 'coOrganiserId'>,
      { table: CompositionTable; pool: RankedCandidate[] },
      string
    >(
      async (tables) => {
        const places = await fundsServingPlaces(
          db,
          tables.map((t) => ({ key: t.id, municipalityCode: t.municipalityCode })),
        );
        const rows = await compositionCandidates(
          db,
          tables.map((t) => ({
            key: t.id,
            theme: t.themeSlug,
            provinceCode: places.get(t.id)?.provinceCode ?? null,
            alsoIds: [...(places.get(t.id)?.funds.keys() ?? []), ...organisersOf(t)],
          })),
        );
        const byTable = groupedByKeys(
          tables.map((t) => t.id),
          rows,
          (r) => r.key,
        );
        return tables.map((t, i) => {
          const funds = places.get(t.id)?.funds ?? new Map();
          const table: CompositionTable = {
            theme: t.themeSlug,
            municipalityCode: t.municipalityCode,
            provinceCode: places.get(t.id)?.provinceCode ?? null,
            capacity: t.capacity,
            organiserIds: organisersOf(t),
          };
          const candidates = (byTable[i] ?? []).map((r) => ({
            id: r.id,
            kind: r.kind as OrganisationKindName,
            themes: r.themes,
            municipalityCode: r.municipalityCode,
            provinceCode: r.provinceCode,
            servesPlace: funds.get(r.id) ?? null,
          }));
          return { table, pool: candidatePool(table, candidates) };
        });
      },
      { cacheKeyFn: (t) => t.id },
    ),
    /** An organisation's action items at every table, by due date. */
    actionItemsOfOwner: grouped(
      ActionItem,
      'owner_organisation_id',
      (r) => r.ownerOrganisationId,
      (a, b) => a.dueOn.localeCompare(b.dueOn) || byTime(a, b),
    ),
  };
}

const rank = (i: Invitation) =>
  i.response === 'ACCEPTED' ? (i.waitlistNumber === null ? 0 : 1) : i.response === 'TENTATIVE' ? 2 : i.response === null ? 3 : 4;
const waitlist = (i: Invitation) => (i.waitlistNumber === null ? 0 : Number(i.waitlistNumber));

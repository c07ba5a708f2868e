/** A date poll: each invited organisation answers YES, MAYBE or NO per proposed slot. */
export type SlotVoteValue = 'YES' | 'MAYBE' | 'NO';

export interface SlotTally {
  id: string;
  startsAt: Date;
  yes: number;
  maybe: number;
  no: number;
}

/** Counts the votes per slot (slots without votes count zero). */
export function tallySlots(
  slots: readonly { id: string; startsAt: Date }[],
  votes: readonly { slotId: string; vote: SlotVoteValue }[],
): SlotTally[] {
  const tallies = new Map(slots.map((s) => [s.id, { id: s.id, startsAt: s.startsAt, yes: 0, maybe: 0, no: 0 }]));
  for (const v of votes) {
    const t = tallies.get(v.slotId);
    if (!t) continue;
    if (v.vote === 'YES') t.yes++;
    else if (v.vote === 'MAYBE') t.maybe++;
    else t.no++;
  }
  return [...tallies.values()];
}

/** Best first: most YES, then most MAYBE, then fewest NO, then the earliest. */
export function rankSlots<T extends SlotTally>(slots: readonly T[]): T[] {
  return [...slots].sort(
    (a, b) => b.yes - a.yes || b.maybe - a.maybe || a.no - b.no || a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id),
  );
}

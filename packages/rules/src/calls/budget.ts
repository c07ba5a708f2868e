/**
 * Money of a co-funded call: whole euros, split over funders pro rata by the largest-remainder method,
 * so that the parts always add up to the whole exactly.
 */

export interface Share<K = string> {
  key: K;
  /** A funder's weight: its share of the call's budget, or what is left of it. */
  weight: number;
}

/**
 * Splits `amount` over the shares in proportion to their weights: each gets the whole euros of its
 * exact part, and the euros left over go to the largest fractions (ties: the earlier share). The parts
 * add up to `amount`; a share with weight 0 gets nothing; when `amount` ≤ the sum of the weights, no
 * part exceeds its weight.
 */
export function splitProRata<K>(amount: number, shares: readonly Share<K>[]): { key: K; amount: number }[] {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError('amount must be whole euros, 0 or more');
  const total = shares.reduce((sum, s) => sum + s.weight, 0);
  if (total <= 0) {
    if (amount === 0) return shares.map((s) => ({ key: s.key, amount: 0 }));
    throw new RangeError('no weight to split over');
  }
  const exact = shares.map((s) => (amount * s.weight) / total);
  const parts = exact.map(Math.floor);
  let left = amount - parts.reduce((sum, p) => sum + p, 0);
  const order = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left--;
  }
  return shares.map((s, i) => ({ key: s.key, amount: parts[i] ?? 0 }));
}

/** Whether funders' parts add up to the whole: `{ ok: false, sum }` says by how much they do not. */
export function addsUp(parts: readonly { amount: number }[], whole: number): { ok: boolean; sum: number } {
  const sum = parts.reduce((s, p) => s + p.amount, 0);
  return { ok: sum === whole, sum };
}

export interface AwardRoom {
  places: number;
  awarded: number;
  budget: number;
  awardedAmount: number;
}

/** Whether one more award of `amount` fits: never more awards than places, never more money than the budget. */
export function awardFits(room: AwardRoom, amount: number): { fits: true } | { fits: false; reason: 'NO_PLACE' | 'NO_BUDGET' } {
  if (room.awarded >= room.places) return { fits: false, reason: 'NO_PLACE' };
  if (room.awardedAmount + amount > room.budget) return { fits: false, reason: 'NO_BUDGET' };
  return { fits: true };
}

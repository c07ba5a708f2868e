import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Call } from '../call/call.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Need, Offer } from '../needs-offers/needs-offers.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

export const MATCH_DECISIONS = ['SHORTLISTED', 'DISMISSED'] as const;
export type MatchDecisionValue = (typeof MATCH_DECISIONS)[number];
export const MatchDecisionEnum = { SHORTLISTED: 'SHORTLISTED', DISMISSED: 'DISMISSED' } as const;
registerEnumType(MatchDecisionEnum, {
  name: 'MatchDecision',
  description: "A fund's decision on an initiative: on its shortlist, or dismissed (left out of its matches unless asked).",
});

/** A fund's shortlist or dismissal of one initiative. */
@Entity('match_decision')
export class MatchDecisionRow {
  @PrimaryColumn({ name: 'fund_id', type: 'uuid' })
  fundId: string;

  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @Column({ type: 'text' })
  decision: MatchDecisionValue;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  decidedAt: Date;
}

/** A fund that wants a daily digest of new initiatives scoring above `threshold`. */
@Entity('match_alert')
export class MatchAlert {
  @PrimaryColumn({ name: 'fund_id', type: 'uuid' })
  fundId: string;

  @Column({ type: 'int' })
  threshold: number;

  @Column({ name: 'checked_until', type: 'timestamptz', precision: 3 })
  checkedUntil: Date;

  @Column({ name: 'last_digest_at', type: 'timestamptz', precision: 3, nullable: true })
  lastDigestAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType({
  description:
    'Why a match scores what it does, for one criterion: points earned of the points it is worth, and the fact that earned them.',
})
export class MatchReason {
  @Field(() => String, {
    description: 'theme, geography, budget, targetGroup, timing, text or completeness (needs and offers: theme, place, capacity, text).',
  })
  criterion: string;

  @Field(() => Float)
  points: number;

  @Field(() => Float, { description: "The criterion's share of 100 under the weights used." })
  maxPoints: number;

  @Field(() => String, { description: 'The fact, in plain words, in the request language.' })
  explanation: string;
}

@ObjectType({ description: 'An initiative that fits a fund, with the score (0–100, the sum of the reasons’ points) and why.' })
export class InitiativeMatch {
  @Field(() => Float)
  score: number;

  @Field(() => Initiative)
  initiative: Initiative;

  @Field(() => [MatchReason])
  reasons: MatchReason[];

  @Field(() => MatchDecisionEnum, {
    nullable: true,
    description: "The fund's decision; shown to the fund's members and alliance admins only (null for others).",
  })
  decision: MatchDecisionValue | null;

  @Field(() => Float, {
    description:
      "PostgreSQL's text rank of the initiative against what the fund funds: with it, a client re-ranks under other weights with @koppel/rules.",
  })
  textRank: number;
}

@ObjectType({ description: 'A fund that fits an initiative, with the score and why (the same score the fund sees for this initiative).' })
export class FundMatch {
  @Field(() => Float)
  score: number;

  @Field(() => Organisation)
  fund: Organisation;

  @Field(() => [MatchReason])
  reasons: MatchReason[];
}

@ObjectType({
  description: 'An open call that fits an initiative, with the score (0–100) and why: the matching criteria, the call in the fund’s place.',
})
export class CallMatch {
  @Field(() => Float)
  score: number;

  @Field(() => Call)
  call: Call;

  @Field(() => [MatchReason])
  reasons: MatchReason[];
}

@ObjectType({ description: 'An offer that meets a need, with the score (0–100) and why.' })
export class OfferMatch {
  @Field(() => Float)
  score: number;

  @Field(() => Offer)
  offer: Offer;

  @Field(() => [MatchReason])
  reasons: MatchReason[];
}

@ObjectType({ description: 'A need that an offer meets, with the score (0–100) and why.' })
export class NeedMatch {
  @Field(() => Float)
  score: number;

  @Field(() => Need)
  need: Need;

  @Field(() => [MatchReason])
  reasons: MatchReason[];
}

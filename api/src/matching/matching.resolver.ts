import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { badUserInput } from '../core/errors.js';
import { FundProfile } from '../fund-profile/fund-profile.entity.js';
import { MatchWeightsInput } from '../fund-profile/fund-profile.inputs.js';
import { matchCalls } from './call-match.service.js';
import { matchFunds } from './fund-match.service.js';
import {
  CallMatch,
  FundMatch,
  InitiativeMatch,
  MatchDecisionEnum,
  type MatchDecisionValue,
  NeedMatch,
  OfferMatch,
} from './matching.entity.js';
import { maySeeDecisions } from './matching.policy.js';
import { MatchingService } from './matching.service.js';
import { matchNeedsOffers } from './need-offer-match.service.js';

const FIRST = 'How many, 1–100; default 20.';

@Resolver()
export class MatchingResolver {
  @Query(() => [InitiativeMatch], {
    complexity: listOf(20),
    description:
      'The published initiatives that fit a fund best, best first, each with its score (0–100) and one reason per criterion. ' +
      "Weights: the fund's own (its profile), with `weights` overriding some or all. Public; the fund's members and admins also " +
      'see its decisions, and what it dismissed is left out for them unless `includeDismissed`. NOT_FOUND for an unknown `fundId`, ' +
      'BAD_USER_INPUT for an organisation that is no fund (or has no fund profile), weights that are negative or all zero, or `first` outside 1–100.',
  })
  matchInitiatives(
    @Arg('fundId', () => ID) fundId: string,
    @Ctx() ctx: Context,
    @Arg('weights', () => MatchWeightsInput, { nullable: true }) weights?: MatchWeightsInput | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number | null,
    @Arg('includeDismissed', () => Boolean, { nullable: true, description: 'Also what the fund dismissed (its members only).' })
    includeDismissed?: boolean | null,
    @Arg('callId', () => ID, {
      nullable: true,
      description:
        "Only the initiatives that applied to this call of the fund (not withdrawn): the call's funders' members and admins (FORBIDDEN for others).",
    })
    callId?: string | null,
  ): Promise<InitiativeMatch[]> {
    return new MatchingService(ctx).matchInitiatives(fundId, weights, first, includeDismissed ?? false, callId);
  }

  @Query(() => [FundMatch], {
    complexity: listOf(20),
    description:
      "The funds that fit a published initiative, best first, with the score each fund's own weights give (or `weights`) and the reasons, " +
      'told from the initiative’s side. NOT_FOUND when the viewer may not see the initiative; BAD_USER_INPUT for a draft or closed one. ' +
      '(Open calls that fit come with `matchCalls`.)',
  })
  matchFunds(
    @Arg('initiativeId', () => ID) initiativeId: string,
    @Ctx() ctx: Context,
    @Arg('weights', () => MatchWeightsInput, { nullable: true }) weights?: MatchWeightsInput | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number | null,
  ): Promise<FundMatch[]> {
    return matchFunds(ctx, initiativeId, weights, first);
  }

  @Query(() => [CallMatch], {
    complexity: listOf(20),
    description:
      'The open calls for proposals that fit a published initiative, best first, each with its score (0–100) and one reason per criterion ' +
      '(theme, geography, the grant range and budget left, target group, the deadline, text, completeness), told from the initiative’s side. ' +
      'Calls that share no theme with it are left out. NOT_FOUND when the viewer may not see the initiative; BAD_USER_INPUT for a draft or ' +
      'closed one, or `first` outside 1–100.',
  })
  matchCalls(
    @Arg('initiativeId', () => ID) initiativeId: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number | null,
  ): Promise<CallMatch[]> {
    return matchCalls(ctx, initiativeId, first);
  }

  @Query(() => [OfferMatch], {
    complexity: listOf(20),
    description: 'Open offers of the same kind that meet an open need, best first, with reasons (theme, place, capacity, text). Public.',
  })
  matchOffers(
    @Arg('needId', () => ID) needId: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number | null,
  ): Promise<OfferMatch[]> {
    return matchNeedsOffers(ctx, 'need', needId, first) as Promise<OfferMatch[]>;
  }

  @Query(() => [NeedMatch], {
    complexity: listOf(20),
    description:
      'Open needs of the same kind that an open offer meets, best first, with reasons. Public (needs of unpublished initiatives left out).',
  })
  matchNeeds(
    @Arg('offerId', () => ID) offerId: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number | null,
  ): Promise<NeedMatch[]> {
    return matchNeedsOffers(ctx, 'offer', offerId, first) as Promise<NeedMatch[]>;
  }

  @Authorized()
  @Mutation(() => InitiativeMatch, {
    nullable: true,
    description:
      "Shortlists or dismisses a published initiative for a fund (`decision: null` clears it); audited. The fund's EDITORs and OWNERs only " +
      '(FORBIDDEN for anyone else, admins included: it is the fund’s own judgement). Answers the match with its decision.',
  })
  setMatchDecision(
    @Arg('fundId', () => ID) fundId: string,
    @Arg('initiativeId', () => ID) initiativeId: string,
    @Ctx() ctx: Context,
    @Arg('decision', () => MatchDecisionEnum, { nullable: true }) decision?: MatchDecisionValue | null,
  ): Promise<InitiativeMatch | null> {
    return new MatchingService(ctx).setDecision(fundId, initiativeId, decision ?? null);
  }

  @Authorized()
  @Mutation(() => Int, {
    nullable: true,
    description:
      "Switches a fund's match alerts on (a score from 0 to 100) or off (null): once a day at most, its members get an e-mail " +
      "listing newly published initiatives that score at least that. The fund's EDITORs and OWNERs only.",
  })
  setMatchAlerts(
    @Arg('fundId', () => ID) fundId: string,
    @Ctx() ctx: Context,
    @Arg('threshold', () => Int, { nullable: true, description: '0–100; null switches alerts off.' }) threshold?: number | null,
  ): Promise<number | null> {
    if (threshold !== null && threshold !== undefined && (threshold < 0 || threshold > 100)) {
      throw badThreshold(ctx);
    }
    return new MatchingService(ctx).setAlerts(fundId, threshold ?? null);
  }
}

@Resolver(() => FundProfile)
export class FundProfileAlertsResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "The score above which the fund's members get a daily digest of new matches; null when off. Its members and admins only (null for others).",
  })
  matchAlertThreshold(@Root() profile: FundProfile, @Ctx() ctx: Context): Promise<number | null> | null {
    if (!maySeeDecisions(ctx.viewer, profile.organisationId)) return null;
    return new MatchingService(ctx).alertThreshold(profile.organisationId);
  }
}

function badThreshold(ctx: Context) {
  return badUserInput({ threshold: ctx.locale === 'nl' ? 'Kies 0 tot en met 100.' : 'Choose 0 to 100.' });
}

export const matchingResolvers = [MatchingResolver, FundProfileAlertsResolver] as const;

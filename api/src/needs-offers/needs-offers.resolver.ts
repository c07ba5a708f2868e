import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Municipality, Theme } from '../reference/reference.entity.js';
import { Need, NeedConnection, type NeedOrOffer, Offer, OfferConnection } from './needs-offers.entity.js';
import { NeedFilter, NeedInput, OfferFilter, OfferInput } from './needs-offers.inputs.js';
import { NeedService, OfferService } from './needs-offers.service.js';

const WHO_EDITS = "The organisation's EDITORs and OWNERs, and alliance admins, may; other signed-in accounts get FORBIDDEN";
const FIRST = { nullable: true, description: 'How many, 1–100; default 20.' };
const AFTER = { nullable: true, description: 'The `endCursor` of the previous page.' };

const organisationOf = async (row: NeedOrOffer, ctx: Context) =>
  (await ctx.loaders.organisation.byId.load(row.organisationId)) as Organisation;
const themeOf = (row: NeedOrOffer, ctx: Context) => (row.theme ? ctx.loaders.reference.theme.load(row.theme) : null);
const municipalityOf = (row: NeedOrOffer, ctx: Context) =>
  row.municipalityCode ? ctx.loaders.reference.municipality.load(row.municipalityCode) : null;

@Resolver(() => Need)
export class NeedResolver {
  @Query(() => Need, { nullable: true, description: 'One need. Public, except needs of initiatives the viewer may not see (NOT_FOUND).' })
  need(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Need> {
    return new NeedService(ctx).get(id);
  }

  @Query(() => NeedConnection, {
    description: 'Needs the viewer may see, newest first (by relevance when searching): `first` 1–100 (default 20). Public.',
  })
  needs(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => NeedFilter, { nullable: true }) filter?: NeedFilter | null,
    @Arg('first', () => Int, FIRST) first?: number | null,
    @Arg('after', () => String, AFTER) after?: string | null,
  ): Promise<NeedConnection> {
    return new NeedService(ctx).list(filter, first, after, info);
  }

  @Authorized()
  @Mutation(() => Need, { description: `Records what an organisation (or one of its initiatives) needs; it starts OPEN. ${WHO_EDITS}.` })
  createNeed(@Arg('input', () => NeedInput) input: NeedInput, @Ctx() ctx: Context): Promise<Need> {
    return new NeedService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Need, { description: `Changes a need; optional fields left out keep their value. ${WHO_EDITS}.` })
  updateNeed(@Arg('id', () => ID) id: string, @Arg('input', () => NeedInput) input: NeedInput, @Ctx() ctx: Context): Promise<Need> {
    return new NeedService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Need, { description: `Closes a need (met or withdrawn). ${WHO_EDITS}.` })
  closeNeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Need> {
    return new NeedService(ctx).close(id);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() need: Need, @Ctx() ctx: Context): Promise<Organisation> {
    return organisationOf(need, ctx);
  }

  @FieldResolver(() => Initiative, {
    nullable: true,
    description: 'The initiative that needs it; null for a need of the organisation itself.',
  })
  initiative(@Root() need: Need, @Ctx() ctx: Context): Promise<Initiative | null> | null {
    return need.initiativeId ? ctx.loaders.initiative.byId.load(need.initiativeId) : null;
  }

  @FieldResolver(() => Theme, { nullable: true })
  theme(@Root() need: Need, @Ctx() ctx: Context) {
    return themeOf(need, ctx);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Where; null means anywhere in the country (or online).' })
  municipality(@Root() need: Need, @Ctx() ctx: Context) {
    return municipalityOf(need, ctx);
  }
}

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => Offer, { nullable: true, description: 'One offer. Public; an unknown id gives NOT_FOUND.' })
  offer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Offer> {
    return new OfferService(ctx).get(id);
  }

  @Query(() => OfferConnection, { description: 'Offers, newest first (by relevance when searching): `first` 1–100 (default 20). Public.' })
  offers(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => OfferFilter, { nullable: true }) filter?: OfferFilter | null,
    @Arg('first', () => Int, FIRST) first?: number | null,
    @Arg('after', () => String, AFTER) after?: string | null,
  ): Promise<OfferConnection> {
    return new OfferService(ctx).list(filter, first, after, info);
  }

  @Authorized()
  @Mutation(() => Offer, { description: `Records what an organisation offers; it starts OPEN. ${WHO_EDITS}.` })
  createOffer(@Arg('input', () => OfferInput) input: OfferInput, @Ctx() ctx: Context): Promise<Offer> {
    return new OfferService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Offer, { description: `Changes an offer; optional fields left out keep their value. ${WHO_EDITS}.` })
  updateOffer(@Arg('id', () => ID) id: string, @Arg('input', () => OfferInput) input: OfferInput, @Ctx() ctx: Context): Promise<Offer> {
    return new OfferService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Offer, { description: `Closes an offer (taken or withdrawn). ${WHO_EDITS}.` })
  closeOffer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Offer> {
    return new OfferService(ctx).close(id);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() offer: Offer, @Ctx() ctx: Context): Promise<Organisation> {
    return organisationOf(offer, ctx);
  }

  @FieldResolver(() => Theme, { nullable: true })
  theme(@Root() offer: Offer, @Ctx() ctx: Context) {
    return themeOf(offer, ctx);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Where; null means anywhere in the country (or online).' })
  municipality(@Root() offer: Offer, @Ctx() ctx: Context) {
    return municipalityOf(offer, ctx);
  }
}

@Resolver(() => Initiative)
export class InitiativeNeedsResolver {
  @FieldResolver(() => [Need], { description: 'What the initiative needs: open ones first, newest first.' })
  needs(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<Need[]> {
    return ctx.loaders.needsOffers.needsOfInitiative.load(initiative.id);
  }
}

@Resolver(() => Organisation)
export class OrganisationNeedsOffersResolver {
  @FieldResolver(() => [Need], {
    description: 'What the organisation and its initiatives need (as far as the viewer may see them): open first, newest first.',
  })
  needs(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Need[]> {
    return ctx.loaders.needsOffers.needsOfOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Offer], { description: 'What the organisation offers: open first, newest first.' })
  offers(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Offer[]> {
    return ctx.loaders.needsOffers.offersOfOrganisation.load(organisation.id);
  }
}

export const needOfferResolvers = [NeedResolver, OfferResolver, InitiativeNeedsResolver, OrganisationNeedsOffersResolver] as const;

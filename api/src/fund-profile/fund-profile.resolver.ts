import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { TargetGroupLabel } from '../initiative/initiative.entity.js';
import { targetGroupLabels } from '../initiative/initiative.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { themesOf } from '../organisation/organisation.resolver.js';
import { Region, regionsOf } from '../reference/places.js';
import { type Municipality, type Province, Theme } from '../reference/reference.entity.js';
import { FundProfile } from './fund-profile.entity.js';
import { FundProfileInput } from './fund-profile.inputs.js';
import { FundProfileService } from './fund-profile.service.js';

@Resolver(() => FundProfile)
export class FundProfileResolver {
  @Authorized()
  @Mutation(() => FundProfile, {
    description:
      "Creates or replaces a fund's profile. Only for FUND organisations (BAD_USER_INPUT otherwise). The fund's EDITORs and OWNERs, " +
      'and alliance admins, may; other signed-in accounts get FORBIDDEN.',
  })
  setFundProfile(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('input', () => FundProfileInput) input: FundProfileInput,
    @Ctx() ctx: Context,
  ): Promise<FundProfile> {
    return new FundProfileService(ctx).set(organisationId, input);
  }

  @FieldResolver(() => Organisation, { description: 'The fund.' })
  async organisation(@Root() profile: FundProfile, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(profile.organisationId)) as Organisation;
  }

  @FieldResolver(() => [Theme], { description: 'The themes it funds, in their fixed order.', complexity: listOf(5) })
  themes(@Root() profile: FundProfile, @Ctx() ctx: Context): Theme[] | Promise<Theme[]> {
    return themesOf(ctx, profile.themes);
  }

  @FieldResolver(() => [TargetGroupLabel], { description: 'The target groups it funds; empty: all of them.', complexity: listOf(7) })
  targetGroups(@Root() profile: FundProfile, @Ctx() ctx: Context): TargetGroupLabel[] {
    return targetGroupLabels(profile.targetGroups, ctx.locale);
  }

  @FieldResolver(() => [Region], { description: 'The municipalities, then the provinces it serves. See also `national`.' })
  regions(@Root() profile: FundProfile, @Ctx() ctx: Context): Promise<(Municipality | Province)[]> {
    return regionsOf(ctx, profile.municipalityCodes, profile.provinceCodes);
  }
}

@Resolver(() => Organisation)
export class OrganisationFundProfileResolver {
  @FieldResolver(() => FundProfile, {
    nullable: true,
    description: "A fund's profile; null for other kinds and for funds without one yet.",
  })
  fundProfile(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<FundProfile | null> | null {
    return organisation.kind === 'FUND' ? ctx.loaders.fundProfile.byOrganisation.load(organisation.id) : null;
  }
}

export const fundProfileResolvers = [FundProfileResolver, OrganisationFundProfileResolver] as const;

import { TARGET_GROUP_SLUGS } from '@koppel/reference-data';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { selectsPath } from '../core/paging.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { themesOf } from '../organisation/organisation.resolver.js';
import { Municipality, Theme } from '../reference/reference.entity.js';
import { Initiative, InitiativeConnection, TargetGroupLabel } from './initiative.entity.js';
import { InitiativeFilter, InitiativeInput } from './initiative.inputs.js';
import { joinedOrganisations } from './initiative.loaders.js';
import { InitiativeService, targetGroupLabels } from './initiative.service.js';

const WHO_EDITS = "The organisation's EDITORs and OWNERs, and alliance admins, may; other signed-in accounts get FORBIDDEN";
const HIDDEN = "(NOT_FOUND when the initiative is another organisation's draft or closed one)";

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => Initiative, {
    nullable: true,
    description:
      "One initiative. Public when published or funded; drafts and closed ones only for the organisation's members and admins, NOT_FOUND for anyone else.",
  })
  initiative(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Initiative> {
    // Asked with its organisation: both in one statement.
    return new InitiativeService(ctx).get(id, selectsPath(info, ['organisation']));
  }

  @Query(() => InitiativeConnection, {
    description:
      'Initiatives the viewer may see, newest first (by relevance when searching), as a cursor connection: `first` 1–100 (default 20). ' +
      "Public: published and funded ones; members also see their own organisations' drafts and closed ones.",
  })
  initiatives(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => InitiativeFilter, { nullable: true }) filter?: InitiativeFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<InitiativeConnection> {
    return new InitiativeService(ctx).list(filter, first, after, info);
  }

  @Authorized()
  @Mutation(() => Initiative, { description: `Creates an initiative of \`input.organisationId\` as a DRAFT. ${WHO_EDITS}.` })
  createInitiative(@Arg('input', () => InitiativeInput) input: InitiativeInput, @Ctx() ctx: Context): Promise<Initiative> {
    return new InitiativeService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Initiative, {
    description: `Changes an initiative; optional fields left out keep their value. ${WHO_EDITS} ${HIDDEN}. A published one must keep what publishing needs.`,
  })
  updateInitiative(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => InitiativeInput) input: InitiativeInput,
    @Ctx() ctx: Context,
  ): Promise<Initiative> {
    return new InitiativeService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Initiative, {
    description:
      `Publishes a DRAFT: it becomes public. Needs a summary, a theme, municipalities or national, target groups, budgetRequested, ` +
      `startsOn and endsOn (BAD_USER_INPUT names each missing one). ${WHO_EDITS} ${HIDDEN}.`,
  })
  publishInitiative(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Initiative> {
    return new InitiativeService(ctx).publish(id);
  }

  @Authorized()
  @Mutation(() => Initiative, { description: `Closes an initiative (ended or withdrawn); it is no longer public. ${WHO_EDITS} ${HIDDEN}.` })
  closeInitiative(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Initiative> {
    return new InitiativeService(ctx).close(id);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: `Deletes an initiative and its needs for good. Only the organisation's OWNERs and alliance admins may (FORBIDDEN otherwise) ${HIDDEN}.`,
  })
  deleteInitiative(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new InitiativeService(ctx).delete(id);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that runs it.' })
  organisation(@Root() initiative: Initiative, @Ctx() ctx: Context): Organisation | Promise<Organisation> {
    // Joined into a list's statement: no promise (see joinedOrganisations).
    return joinedOrganisations.get(initiative) ?? (ctx.loaders.organisation.byId.load(initiative.organisationId) as Promise<Organisation>);
  }

  @FieldResolver(() => [Theme], { description: 'Its themes, in their fixed order.', complexity: listOf(5) })
  themes(@Root() initiative: Initiative, @Ctx() ctx: Context): Theme[] | Promise<Theme[]> {
    return themesOf(ctx, initiative.themes);
  }

  @FieldResolver(() => [Municipality], { description: 'Where it runs. See also `national`.' })
  municipalities(@Root() initiative: Initiative, @Ctx() ctx: Context): Municipality[] | Promise<Municipality[]> {
    return ctx.loaders.reference.municipalitiesOf(initiative.municipalityCodes);
  }

  @FieldResolver(() => [TargetGroupLabel], { description: 'Who it is for, in the fixed order of target groups.', complexity: listOf(7) })
  targetGroups(@Root() initiative: Initiative, @Ctx() ctx: Context): TargetGroupLabel[] {
    return targetGroupLabels(initiative.targetGroups, ctx.locale);
  }
}

@Resolver(() => TargetGroupLabel)
export class TargetGroupResolver {
  @Query(() => [TargetGroupLabel], {
    description: 'The target groups, in their fixed order, named in the request language. Public.',
    complexity: listOf(7),
  })
  targetGroups(@Ctx() ctx: Context): TargetGroupLabel[] {
    return targetGroupLabels(TARGET_GROUP_SLUGS, ctx.locale);
  }
}

@Resolver(() => Organisation)
export class OrganisationInitiativesResolver {
  @FieldResolver(() => InitiativeConnection, {
    description:
      "The organisation's initiatives, newest first: published and funded ones for everyone, all of them for its members and admins.",
  })
  async initiatives(
    @Root() organisation: Organisation,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<InitiativeConnection> {
    return new InitiativeService(ctx).listOfOrganisation(organisation.id, first, after);
  }
}

export const initiativeResolvers = [InitiativeResolver, TargetGroupResolver, OrganisationInitiativesResolver] as const;

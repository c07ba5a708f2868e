import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Person } from '../account/person.type.js';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { themesOf } from '../organisation/organisation.resolver.js';
import { Municipality, Province, Theme } from '../reference/reference.entity.js';
import { ApplicationConnection, Call, CallConnection, CallFunder, type CallStatus, CallStatusEnum, Criterion } from './call.entity.js';
import { CallFilter, CallInput } from './call.inputs.js';
import { isFunderMember, maySeeScores, statusAt } from './call.policy.js';
import { CallService } from './call.service.js';

const WHO_MANAGES = "Any funder's EDITORs and OWNERs, and alliance admins, may; other signed-in accounts get FORBIDDEN";

@Resolver(() => Call)
export class CallResolver {
  @Query(() => Call, {
    nullable: true,
    description:
      "One call. Public once opened (rubric included); a draft only for its funders' members and admins, NOT_FOUND for anyone else.",
  })
  call(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Call> {
    return new CallService(ctx).get(id);
  }

  @Query(() => CallConnection, {
    description:
      'Calls the viewer may see, newest first (by relevance when searching), as a cursor connection: `first` 1–100 (default 20). ' +
      "Public: opened calls; funders' members also see their drafts.",
  })
  calls(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => CallFilter, { nullable: true }) filter?: CallFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<CallConnection> {
    return new CallService(ctx).list(filter, first, after, info);
  }

  @Authorized()
  @Mutation(() => Call, {
    description:
      'Creates a call as a DRAFT: funders with their shares (each a fund with a profile that has the share available), a rubric, places and a deadline. The caller must be EDITOR or OWNER of every funder (admins may too); FORBIDDEN otherwise.',
  })
  createCall(@Arg('input', () => CallInput) input: CallInput, @Ctx() ctx: Context): Promise<Call> {
    return new CallService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Call, {
    description: `Opens a DRAFT: public from now on, accepting applications from \`opensOn\` until the deadline. ${WHO_MANAGES}.`,
  })
  openCall(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Call> {
    return new CallService(ctx).open(id);
  }

  @Authorized()
  @Mutation(() => Call, {
    description: `Closes an OPEN call (also before its deadline): no more applications; submitted ones go under review. ${WHO_MANAGES}.`,
  })
  closeCall(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Call> {
    return new CallService(ctx).close(id);
  }

  @Authorized()
  @Mutation(() => Call, {
    description: `Names an account reviewer of the call, by e-mail address (BAD_USER_INPUT when no account has it). ${WHO_MANAGES}.`,
  })
  addReviewer(@Arg('callId', () => ID) callId: string, @Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<Call> {
    return new CallService(ctx).addReviewer(callId, email);
  }

  @FieldResolver(() => CallStatusEnum, { description: 'What it is now: an OPEN call is CLOSED from its deadline on.' })
  status(@Root() call: Call): CallStatus {
    return statusAt(call, new Date());
  }

  @FieldResolver(() => [CallFunder], { description: 'The funds and their shares of the budget.' })
  funders(@Root() call: Call, @Ctx() ctx: Context): Promise<CallFunder[]> {
    return ctx.loaders.call.fundersOf.load(call.id);
  }

  @FieldResolver(() => Int, { description: "The budget: the funders' shares together, whole euros." })
  async budget(@Root() call: Call, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.call.fundersOf.load(call.id)).reduce((sum, f) => sum + f.amount, 0);
  }

  @FieldResolver(() => Int, { description: 'The budget minus what was awarded.' })
  async budgetLeft(@Root() call: Call, @Ctx() ctx: Context): Promise<number> {
    const [funders, awarded] = await Promise.all([ctx.loaders.call.fundersOf.load(call.id), ctx.loaders.call.awarded.load(call.id)]);
    return funders.reduce((sum, f) => sum + f.amount, 0) - awarded.amount;
  }

  @FieldResolver(() => Int, { description: 'Places not awarded yet.' })
  async placesLeft(@Root() call: Call, @Ctx() ctx: Context): Promise<number> {
    return call.places - (await ctx.loaders.call.awarded.load(call.id)).count;
  }

  @FieldResolver(() => [Theme], { description: 'Its themes, in their fixed order.', complexity: listOf(5) })
  themes(@Root() call: Call, @Ctx() ctx: Context): Theme[] | Promise<Theme[]> {
    return themesOf(ctx, call.themes);
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities it is open to. See also `provinces` and `national`.' })
  municipalities(@Root() call: Call, @Ctx() ctx: Context): Municipality[] | Promise<Municipality[]> {
    return ctx.loaders.reference.municipalitiesOf(call.municipalityCodes);
  }

  @FieldResolver(() => [Province], { description: 'Provinces it is open to.', complexity: listOf(12) })
  async provinces(@Root() call: Call, @Ctx() ctx: Context): Promise<Province[]> {
    const provinces = await ctx.loaders.reference.province.loadMany(call.provinceCodes);
    return provinces.filter((p): p is Province => p instanceof Province);
  }

  @FieldResolver(() => [Criterion], { description: 'The rubric reviewers score against, in order. Public.', complexity: listOf(20) })
  rubric(@Root() call: Call, @Ctx() ctx: Context): Promise<Criterion[]> {
    return ctx.loaders.call.rubricOf.load(call.id);
  }

  @FieldResolver(() => ApplicationConnection, {
    description:
      "Its applications, best score first (unreviewed last, then who applied first): every one for the funders' members, the reviewers and admins; " +
      "the viewer's own organisations' ones for anyone else (none when signed out).",
  })
  applications(
    @Root() call: Call,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<ApplicationConnection> {
    return new CallService(ctx).applications(call, first, after);
  }

  @FieldResolver(() => [Person], { description: "The reviewers: seen by the funders' members and admins (empty for anyone else)." })
  async reviewers(@Root() call: Call, @Ctx() ctx: Context): Promise<Person[]> {
    const [funders, ids] = await Promise.all([ctx.loaders.call.fundersOf.load(call.id), ctx.loaders.call.reviewersOf.load(call.id)]);
    if (
      !maySeeScores(
        ctx.viewer,
        funders.map((f) => f.fundId),
      )
    )
      return [];
    const accounts = await ctx.loaders.account.byId.loadMany(ids);
    return ids.map((id, i) => {
      const account = accounts[i];
      return account && !(account instanceof Error) ? { id, name: account.name, email: account.email } : { id, name: '', email: '' };
    });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer is a member of one of its funders (and may see every application).' })
  async viewerIsFunder(@Root() call: Call, @Ctx() ctx: Context): Promise<boolean> {
    return isFunderMember(
      ctx.viewer,
      (await ctx.loaders.call.fundersOf.load(call.id)).map((f) => f.fundId),
    );
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer is one of its reviewers.' })
  viewerIsReviewer(@Root() call: Call, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.call.viewerReviews.load(call.id);
  }
}

@Resolver(() => CallFunder)
export class CallFunderResolver {
  @FieldResolver(() => Organisation, { description: 'The fund.' })
  async fund(@Root() funder: CallFunder, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(funder.fundId)) as Organisation;
  }
}

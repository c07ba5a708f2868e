import { criterionSummaries, spread } from '@koppel/rules';
import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Person } from '../account/person.type.js';
import { Commitment } from '../commitment/commitment.entity.js';
import type { Context } from '../core/context.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ApplicationService } from './application.service.js';
import { Application, Call, type Criterion, CriterionScore, CriterionSummaryType, Review } from './call.entity.js';
import { ApplicationInput, AwardShareInput, ReviewInput } from './call.inputs.js';
import { maySeeScores } from './call.policy.js';

const APPLICANTS = "The applicant's EDITORs and OWNERs may; other signed-in accounts get FORBIDDEN (NOT_FOUND when they may not see it)";
const FUNDERS = "Any funder's EDITORs and OWNERs, and alliance admins, may; others get FORBIDDEN (NOT_FOUND when they may not see it)";

/** Whether the viewer sees scores and reviews of this application's call: its funders' members and admins. */
async function scoresVisible(ctx: Context, application: Application): Promise<boolean> {
  const funders = await ctx.loaders.call.fundersOf.load(application.callId);
  return maySeeScores(
    ctx.viewer,
    funders.map((f) => f.fundId),
  );
}

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => Application, {
    nullable: true,
    description:
      "One application: for the applicant's members, the call's funders' members, its reviewers and admins; NOT_FOUND for anyone else.",
  })
  application(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Application> {
    return new ApplicationService(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Applies to an OPEN call with a published initiative, from its opening day until the deadline: one application per initiative per call ' +
      `(CONFLICT otherwise; applying again after withdrawing reopens it). The amount must be within the grant range. ${APPLICANTS}.`,
  })
  applyToCall(
    @Arg('callId', () => ID) callId: string,
    @Arg('input', () => ApplicationInput) input: ApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<Application> {
    return new ApplicationService(ctx).apply(callId, input);
  }

  @Authorized()
  @Mutation(() => Application, { description: `Changes an application until the deadline (its initiative stays). ${APPLICANTS}.` })
  updateApplication(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApplicationInput) input: ApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<Application> {
    return new ApplicationService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Application, { description: `Withdraws an application until the deadline. ${APPLICANTS}.` })
  withdrawApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Application> {
    return new ApplicationService(ctx).withdraw(id);
  }

  @Authorized()
  @Mutation(() => Review, {
    description:
      "Scores an application on every criterion of the rubric, within each criterion's points (BAD_USER_INPUT otherwise), with a comment; " +
      "scoring again replaces the reviewer's review. Only the call's reviewers, never on an application of their own organisation (FORBIDDEN).",
  })
  scoreApplication(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('input', () => ReviewInput) input: ReviewInput,
    @Ctx() ctx: Context,
  ): Promise<Review> {
    return new ApplicationService(ctx).score(applicationId, input);
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Awards an application of a closed call: CONFLICT when no place or budget is left. The amount becomes commitments of the funders, pro rata ' +
      `to what each has left in the call (or as \`shares\` say), lowers each fund's budget available and turns the initiative FUNDED. ${FUNDERS}.`,
  })
  awardApplication(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('amount', () => Int, { description: "Whole euros, within the call's grant range." }) amount: number,
    @Ctx() ctx: Context,
    @Arg('shares', () => [AwardShareInput], {
      nullable: true,
      description:
        "Each fund's part, when the funders set it; the parts add up to `amount`, none above what the fund has left in the call.",
    })
    shares?: AwardShareInput[] | null,
  ): Promise<Application> {
    return new ApplicationService(ctx).award(applicationId, amount, shares);
  }

  @Authorized()
  @Mutation(() => Application, { description: `Rejects an application of a closed call, with a reason the applicant hears. ${FUNDERS}.` })
  rejectApplication(
    @Arg('applicationId', () => ID) applicationId: string,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true, description: 'At most 2000 characters.' }) reason?: string | null,
  ): Promise<Application> {
    return new ApplicationService(ctx).reject(applicationId, reason);
  }

  @FieldResolver(() => Call)
  async call(@Root() application: Application, @Ctx() ctx: Context): Promise<Call> {
    return (await ctx.loaders.call.byId.load(application.callId)) as Call;
  }

  @FieldResolver(() => Initiative, { description: 'The initiative it applies with.' })
  async initiative(@Root() application: Application, @Ctx() ctx: Context): Promise<Initiative> {
    return (await ctx.loaders.initiative.byId.load(application.initiativeId)) as Initiative;
  }

  @FieldResolver(() => Organisation, { description: 'The applicant.' })
  async organisation(@Root() application: Application, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(application.organisationId)) as Organisation;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "The mean of the reviewers' totals; null before any review, and for anyone but the funders' members and admins.",
  })
  async score(@Root() application: Application, @Ctx() ctx: Context): Promise<number | null> {
    return (await scoresVisible(ctx, application)) ? application.score : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "How many reviewers scored it (funders' members and admins)." })
  async reviewCount(@Root() application: Application, @Ctx() ctx: Context): Promise<number | null> {
    return (await scoresVisible(ctx, application)) ? application.reviewCount : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "The highest total minus the lowest: how far the reviewers are apart (funders' members and admins).",
  })
  async spread(@Root() application: Application, @Ctx() ctx: Context): Promise<number | null> {
    if (!(await scoresVisible(ctx, application))) return null;
    return spread((await ctx.loaders.call.reviewsOf.load(application.id)).map((r) => r.total));
  }

  @FieldResolver(() => [CriterionSummaryType], {
    description:
      "Per criterion of the rubric: the reviewers' mean, lowest and highest points (funders' members and admins; empty for others).",
  })
  async criterionScores(@Root() application: Application, @Ctx() ctx: Context): Promise<CriterionSummaryType[]> {
    if (!(await scoresVisible(ctx, application))) return [];
    const [rubric, reviews] = await Promise.all([
      ctx.loaders.call.rubricOf.load(application.callId),
      ctx.loaders.call.reviewsOf.load(application.id),
    ]);
    const byId = new Map(rubric.map((c) => [c.id, c]));
    return criterionSummaries(
      rubric,
      reviews.map((r) => r.scores),
    ).map(({ criterionId, ...summary }) => ({ criterion: byId.get(criterionId) as Criterion, ...summary }));
  }

  @FieldResolver(() => [Review], {
    description: "Its reviews: every one for the funders' members and admins, a reviewer's own for a reviewer, none for the applicant.",
  })
  async reviews(@Root() application: Application, @Ctx() ctx: Context): Promise<Review[]> {
    const reviews = await ctx.loaders.call.reviewsOf.load(application.id);
    if (await scoresVisible(ctx, application)) return reviews;
    return ctx.viewer ? reviews.filter((r) => r.reviewerId === ctx.viewer?.accountId) : [];
  }

  @FieldResolver(() => [Commitment], { description: "The funders' commitments an award became." })
  commitments(@Root() application: Application, @Ctx() ctx: Context): Promise<Commitment[]> {
    return ctx.loaders.commitment.byApplication.load(application.id);
  }
}

@Resolver(() => Review)
export class ReviewResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who scored it; null once their account is deleted.' })
  async reviewer(@Root() review: Review, @Ctx() ctx: Context): Promise<Person | null> {
    if (!review.reviewerId) return null;
    const account = await ctx.loaders.account.byId.load(review.reviewerId);
    return account ? { id: account.id, name: account.name, email: account.email } : null;
  }

  @FieldResolver(() => [CriterionScore], { description: 'Points per criterion, in rubric order.' })
  async scores(@Root() review: Review, @Ctx() ctx: Context): Promise<CriterionScore[]> {
    const application = await ctx.loaders.call.applicationById.load(review.applicationId);
    const rubric = application ? await ctx.loaders.call.rubricOf.load(application.callId) : [];
    return rubric.flatMap((criterion) => {
      const score = review.scores.find((s) => s.criterionId === criterion.id);
      return score ? [{ criterion, points: score.points }] : [];
    });
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { themesOf } from '../organisation/organisation.resolver.js';
import { Theme } from '../reference/reference.entity.js';
import {
  KnowledgeItem,
  KnowledgeItemConnection,
  KnowledgeReview,
  KnowledgeVersion,
  type ReviewDecision,
  ReviewDecisionEnum,
} from './knowledge.entity.js';
import { KnowledgeFilter, KnowledgeItemInput } from './knowledge.inputs.js';
import { quoteOf, renderMarkdown } from './knowledge.markdown.js';
import { KnowledgeService } from './knowledge.service.js';

const WHO_WRITES = "The organisation's EDITORs and OWNERs, and alliance admins, may; other signed-in accounts get FORBIDDEN";
const HIDDEN = "(NOT_FOUND when it is another organisation's unpublished item)";

@Resolver(() => KnowledgeItem)
export class KnowledgeItemResolver {
  @Query(() => KnowledgeItem, {
    nullable: true,
    description:
      "One knowledge item. Public when published; otherwise only for the organisation's members and admins, NOT_FOUND for anyone else.",
  })
  knowledgeItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<KnowledgeItem> {
    return new KnowledgeService(ctx).get(id);
  }

  @Query(() => KnowledgeItemConnection, {
    description:
      'Knowledge items the viewer may see, newest first (by relevance when searching), as a cursor connection: `first` 1–100 (default 20). ' +
      "Public: published ones; members also see their own organisations' drafts, texts in review and archived ones.",
  })
  knowledgeItems(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => KnowledgeFilter, { nullable: true }) filter?: KnowledgeFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<KnowledgeItemConnection> {
    return new KnowledgeService(ctx).list(filter, first, after, info);
  }

  @Authorized()
  @Query(() => KnowledgeItemConnection, {
    description:
      'Texts in review the viewer may review, waiting longest first: of the organisations where they are EDITOR or OWNER (every ' +
      'organisation for alliance admins), never their own text. Empty for everyone else.',
  })
  reviewQueue(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<KnowledgeItemConnection> {
    return new KnowledgeService(ctx).reviewQueue(first, after, info);
  }

  @Authorized()
  @Mutation(() => KnowledgeItem, { description: `Creates a knowledge item of \`input.organisationId\` as a DRAFT. ${WHO_WRITES}.` })
  createKnowledgeItem(@Arg('input', () => KnowledgeItemInput) input: KnowledgeItemInput, @Ctx() ctx: Context): Promise<KnowledgeItem> {
    return new KnowledgeService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => KnowledgeItem, {
    description:
      'Replaces the text of a knowledge item; the previous text stays as a version, and the viewer becomes its last author (who may not ' +
      `approve it). A published or archived item becomes a DRAFT again; one in review stays in review and keeps a source. ${WHO_WRITES} ${HIDDEN}.`,
  })
  updateKnowledgeItem(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => KnowledgeItemInput) input: KnowledgeItemInput,
    @Ctx() ctx: Context,
  ): Promise<KnowledgeItem> {
    return new KnowledgeService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => KnowledgeItem, {
    description: `Sends a DRAFT to review (IN_REVIEW). Needs at least one source (BAD_USER_INPUT on \`sources\`). ${WHO_WRITES} ${HIDDEN}.`,
  })
  submitKnowledgeItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<KnowledgeItem> {
    return new KnowledgeService(ctx).submit(id);
  }

  @Authorized()
  @Mutation(() => KnowledgeItem, {
    description:
      'Reviews a text IN_REVIEW: APPROVE publishes it, REQUEST_CHANGES (with a `comment`) sends it back as a DRAFT. The organisation’s ' +
      'EDITORs and OWNERs and alliance admins may, but never its last author (FORBIDDEN: four eyes). Not in review: CONFLICT. ' +
      HIDDEN,
  })
  reviewKnowledgeItem(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ReviewDecisionEnum) decision: ReviewDecision,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true, description: 'Why; required with REQUEST_CHANGES, at most 2000 characters.' })
    comment?: string | null,
  ): Promise<KnowledgeItem> {
    return new KnowledgeService(ctx).review(id, decision, comment);
  }

  @Authorized()
  @Mutation(() => KnowledgeItem, {
    description: `Archives a knowledge item: it leaves the public library and stays with the organisation. ${WHO_WRITES} ${HIDDEN}.`,
  })
  archiveKnowledgeItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<KnowledgeItem> {
    return new KnowledgeService(ctx).archive(id);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that owns it.' })
  async organisation(@Root() item: KnowledgeItem, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(item.organisationId)) as Organisation;
  }

  @FieldResolver(() => [Theme], { description: 'Its themes, in their fixed order.', complexity: listOf(5) })
  themes(@Root() item: KnowledgeItem, @Ctx() ctx: Context): Theme[] | Promise<Theme[]> {
    return themesOf(ctx, item.themes);
  }

  @FieldResolver(() => String, {
    description: 'The long answer rendered as HTML, safe to insert into a page: raw HTML is escaped, links are checked, no images.',
  })
  longAnswerHtml(@Root() item: KnowledgeItem): string {
    return renderMarkdown(item.longAnswer);
  }

  @FieldResolver(() => String, {
    description: 'The short answer as a quote that carries its first source ("copy as quote"), plain text in the request language.',
  })
  async quote(@Root() item: KnowledgeItem, @Ctx() ctx: Context): Promise<string> {
    const organisation = await ctx.loaders.organisation.byId.load(item.organisationId);
    return quoteOf(item, organisation?.name ?? '', ctx.locale);
  }

  @FieldResolver(() => [KnowledgeReview], {
    description: "Its reviews, oldest first. Only for the organisation's members and admins; empty for anyone else.",
    complexity: listOf(10),
  })
  reviews(@Root() item: KnowledgeItem, @Ctx() ctx: Context): Promise<KnowledgeReview[]> {
    return new KnowledgeService(ctx).reviews(item);
  }

  @FieldResolver(() => [KnowledgeVersion], {
    description:
      "Every text it had, newest first, with who wrote it. Only for the organisation's members and admins; empty for anyone else.",
    complexity: listOf(10),
  })
  versions(@Root() item: KnowledgeItem, @Ctx() ctx: Context): Promise<KnowledgeVersion[]> {
    return new KnowledgeService(ctx).versions(item);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may review it now (in review, a reviewer for its organisation, not its last author).',
  })
  mayReview(@Root() item: KnowledgeItem, @Ctx() ctx: Context): boolean {
    return new KnowledgeService(ctx).mayReview(item);
  }
}

@Resolver(() => KnowledgeVersion)
export class KnowledgeVersionResolver {
  @FieldResolver(() => [Theme], { complexity: listOf(5) })
  themes(@Root() version: KnowledgeVersion, @Ctx() ctx: Context): Theme[] | Promise<Theme[]> {
    return themesOf(ctx, version.themes);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who wrote this text; null once that account was deleted.' })
  async authorName(@Root() version: KnowledgeVersion, @Ctx() ctx: Context): Promise<string | null> {
    return version.authorId ? ((await ctx.loaders.account.byId.load(version.authorId))?.name ?? null) : null;
  }
}

@Resolver(() => KnowledgeReview)
export class KnowledgeReviewResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who reviewed; null once that account was deleted.' })
  async reviewerName(@Root() review: KnowledgeReview, @Ctx() ctx: Context): Promise<string | null> {
    return review.reviewerId ? ((await ctx.loaders.account.byId.load(review.reviewerId))?.name ?? null) : null;
  }
}

export const knowledgeResolvers = [KnowledgeItemResolver, KnowledgeVersionResolver, KnowledgeReviewResolver] as const;

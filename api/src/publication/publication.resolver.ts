import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { themesOf } from '../organisation/organisation.resolver.js';
import { Theme } from '../reference/reference.entity.js';
import { Publication, PublicationConnection } from './publication.entity.js';
import { PublicationFilter, PublicationInput } from './publication.inputs.js';
import { bylineOf, PublicationService } from './publication.service.js';

const WHO_PUBLISHES = "The organisation's EDITORs and OWNERs, and alliance admins, may; other signed-in accounts get FORBIDDEN";
const WHO_SIGNS =
  'EDITORs and OWNERs of `organisationId` may (not admins: a signature speaks for the organisation); anyone else gets FORBIDDEN';

@Resolver(() => Publication)
export class PublicationResolver {
  @Query(() => Publication, { nullable: true, description: 'One publication. Public.' })
  publication(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Publication> {
    return new PublicationService(ctx).get(id);
  }

  @Query(() => PublicationConnection, {
    description:
      'Publications and positions, newest first (by relevance when searching), as a cursor connection: `first` 1–100 (default 20). Public.',
  })
  publications(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => PublicationFilter, { nullable: true }) filter?: PublicationFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<PublicationConnection> {
    return new PublicationService(ctx).list(filter, first, after, info);
  }

  @Authorized()
  @Mutation(() => Publication, { description: `Adds a publication of \`input.organisationId\`; public at once. ${WHO_PUBLISHES}.` })
  createPublication(@Arg('input', () => PublicationInput) input: PublicationInput, @Ctx() ctx: Context): Promise<Publication> {
    return new PublicationService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Publication, {
    description: `Replaces a publication's fields; closing co-signing keeps the signatures given. ${WHO_PUBLISHES}.`,
  })
  updatePublication(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PublicationInput) input: PublicationInput,
    @Ctx() ctx: Context,
  ): Promise<Publication> {
    return new PublicationService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Publication, {
    description:
      `Co-signs a publication open for co-signing in the name of the partner organisation \`organisationId\`; shown as "with …". ${WHO_SIGNS}. ` +
      'Not open for co-signing, or the publishing organisation itself: CONFLICT. Signing twice changes nothing.',
  })
  coSignPublication(
    @Arg('publicationId', () => ID) publicationId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Ctx() ctx: Context,
  ): Promise<Publication> {
    return new PublicationService(ctx).coSign(publicationId, organisationId);
  }

  @Authorized()
  @Mutation(() => Publication, { description: `Withdraws the co-signature of \`organisationId\`. ${WHO_SIGNS}.` })
  withdrawCoSignature(
    @Arg('publicationId', () => ID) publicationId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Ctx() ctx: Context,
  ): Promise<Publication> {
    return new PublicationService(ctx).withdrawCoSignature(publicationId, organisationId);
  }

  @FieldResolver(() => Organisation, { description: 'The publishing organisation.' })
  async organisation(@Root() publication: Publication, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(publication.organisationId)) as Organisation;
  }

  @FieldResolver(() => [Organisation], {
    description: 'The partner organisations that co-signed it, in the order they signed.',
    complexity: listOf(10),
  })
  coSigners(@Root() publication: Publication, @Ctx() ctx: Context): Promise<Organisation[]> {
    return new PublicationService(ctx).coSigners(publication);
  }

  @FieldResolver(() => String, { description: 'Who it is from, as shown: "Stichting A, met B en C" (in the request language).' })
  async byline(@Root() publication: Publication, @Ctx() ctx: Context): Promise<string> {
    const [publisher, coSigners] = await Promise.all([
      ctx.loaders.organisation.byId.load(publication.organisationId),
      new PublicationService(ctx).coSigners(publication),
    ]);
    return bylineOf(
      publisher?.name ?? '',
      coSigners.map((o) => o.name),
      ctx.locale,
    );
  }

  @FieldResolver(() => [Theme], { description: 'Its themes, in their fixed order.', complexity: listOf(5) })
  themes(@Root() publication: Publication, @Ctx() ctx: Context): Theme[] | Promise<Theme[]> {
    return themesOf(ctx, publication.themes);
  }
}

@Resolver(() => Organisation)
export class OrganisationPublicationsResolver {
  @FieldResolver(() => PublicationConnection, {
    description: 'What the organisation published or co-signed, newest first. Public.',
  })
  publications(
    @Root() organisation: Organisation,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<PublicationConnection> {
    return new PublicationService(ctx).listOfOrganisation(organisation.id, first, after);
  }
}

export const publicationResolvers = [PublicationResolver, OrganisationPublicationsResolver] as const;

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { Region, regionsOf } from '../reference/places.js';
import { Municipality, type Province, Theme } from '../reference/reference.entity.js';
import { Organisation, OrganisationConnection } from './organisation.entity.js';
import { OrganisationFilter, OrganisationInput } from './organisation.inputs.js';
import { maySeeContactDetails } from './organisation.policy.js';
import { OrganisationService } from './organisation.service.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'One organisation. Public; an unknown id gives NOT_FOUND.' })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organisation> {
    return new OrganisationService(ctx).get(id);
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations, newest first (by relevance when searching), as a cursor connection: `first` 1–100 (default 20). Public.',
  })
  organisations(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100; default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<OrganisationConnection> {
    return new OrganisationService(ctx).list(filter, first, after, info);
  }

  @Authorized()
  @Mutation(() => Organisation, {
    description: 'Registers an organisation. Any signed-in account may; the caller becomes its OWNER. Signed out: UNAUTHENTICATED.',
  })
  createOrganisation(@Arg('input', () => OrganisationInput) input: OrganisationInput, @Ctx() ctx: Context): Promise<Organisation> {
    return new OrganisationService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Organisation, {
    description:
      "Changes an organisation's profile. Its EDITORs and OWNERs, and alliance admins, may; anyone else gets FORBIDDEN. " +
      'Only admins change `kind`. Optional fields left out keep their value.',
  })
  updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganisationInput) input: OrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<Organisation> {
    return new OrganisationService(ctx).update(id, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Public contact address; null unless the viewer is signed in.' })
  contactEmail(@Root() organisation: Organisation, @Ctx() ctx: Context): string | null {
    return maySeeContactDetails(ctx.viewer) ? organisation.contactEmail : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Public contact phone number; null unless the viewer is signed in.' })
  contactPhone(@Root() organisation: Organisation, @Ctx() ctx: Context): string | null {
    return maySeeContactDetails(ctx.viewer) ? organisation.contactPhone : null;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The home municipality.' })
  municipality(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Municipality | null> | null {
    return organisation.municipalityCode ? ctx.loaders.reference.municipality.load(organisation.municipalityCode) : null;
  }

  @FieldResolver(() => [Theme], { description: 'The themes it works on, in their fixed order.', complexity: listOf(5) })
  themes(@Root() organisation: Organisation, @Ctx() ctx: Context): Theme[] | Promise<Theme[]> {
    return themesOf(ctx, organisation.themes);
  }

  @FieldResolver(() => [Region], {
    description: 'Where it is active besides its home municipality: municipalities, then provinces. See also `national`.',
  })
  regions(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<(Municipality | Province)[]> {
    return regionsOf(ctx, organisation.municipalityCodes, organisation.provinceCodes);
  }
}

/** Theme objects for slugs, in the themes' fixed order (synchronously when the reference cache is warm). */
export function themesOf(ctx: Context, slugs: readonly string[]): Theme[] | Promise<Theme[]> {
  const inOrder = (themes: Theme[]) => themes.sort((a, b) => a.position - b.position);
  const themes = ctx.loaders.reference.themesOf(slugs);
  return Array.isArray(themes) ? inOrder(themes) : themes.then(inOrder);
}

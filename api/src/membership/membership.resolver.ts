import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Membership } from './membership.entity.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(membership.organisationId)) as Organisation;
  }
}

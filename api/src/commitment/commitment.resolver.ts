import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { mayViewInitiative } from '../initiative/initiative.policy.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Commitment } from './commitment.entity.js';

@Resolver(() => Commitment)
export class CommitmentResolver {
  @FieldResolver(() => Organisation, { description: 'Who committed it.' })
  async organisation(@Root() commitment: Commitment, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(commitment.organisationId)) as Organisation;
  }

  @FieldResolver(() => Initiative, { nullable: true, description: 'The initiative it is for, if any (null when that is not public).' })
  async initiative(@Root() commitment: Commitment, @Ctx() ctx: Context): Promise<Initiative | null> {
    if (!commitment.initiativeId) return null;
    const initiative = await ctx.loaders.initiative.byId.load(commitment.initiativeId);
    return initiative && mayViewInitiative(ctx.viewer, initiative) ? initiative : null;
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Person } from '../account/person.type.js';
import type { Context } from '../core/context.js';
import { AuditEntry, AuditEntryConnection } from './audit.entity.js';
import { AuditLogFilter } from './audit.inputs.js';
import { auditLog } from './audit.query.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'Every successful write, newest first, filtered and paged. Alliance admins only.' })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<AuditEntryConnection> {
    return auditLog(ctx, filter, first, after, info);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The account that wrote; null when it was anonymous or the account has been deleted.',
  })
  actorId(@Root() entry: AuditEntry): string | null {
    return entry.actorAccountId;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The account that wrote, while it exists; see `actorPseudonym` otherwise.' })
  async actor(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<Person | null> {
    if (!entry.actorAccountId) return null;
    const account = await ctx.loaders.account.byId.load(entry.actorAccountId);
    return account ? { id: account.id, name: account.name, email: account.email } : null;
  }
}

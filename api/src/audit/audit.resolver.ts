import { Arg, Authorized, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Person } from '../account/person.type.js';
import type { Context } from '../core/context.js';
import { ConnectionType, pageSize, toConnection } from '../core/paging.js';
import { AuditEntry } from './audit.entity.js';
import { AuditLogFilter } from './audit.inputs.js';
import { auditLogPage } from './audit.query.js';

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditEntryConnection extends ConnectionType(AuditEntry, 'AuditEntry') {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'Every successful write, newest first, filtered and paged. Alliance admins only.' })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<AuditEntryConnection> {
    const { page, count } = await auditLogPage(ctx.db, filter, pageSize(first, ctx.locale), after, ctx.locale);
    return toConnection(AuditEntryConnection, page, count);
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
